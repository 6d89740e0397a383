package nl.datawijzer.opendata.hosting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.datawijzer.rdf.StoreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Hosted files by content: {@code {data-dir}/files/sha256/ab/abcdef...}, the name being the SHA-256 of the bytes, so
 * the record's checksum says where the file is and whether it is still the same. An upload streams to a temporary file
 * in the same folder tree (so the final move is atomic), counting and hashing as it goes, and stops reading as soon as
 * it passes the limit: a failed upload leaves nothing behind.
 */
@Component
public class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    @Autowired
    FileStore(StoreProperties properties) {
        this(properties.hostedFiles().resolve("sha256"));
    }

    public FileStore(Path root) {
        this.root = root;
    }

    /** A file read in full but not yet in the store. */
    public record Staged(Path temp, String sha256, long size) {
    }

    /** Thrown while streaming, as soon as the upload passes the limit. */
    public static final class TooLargeException extends RuntimeException {
        public TooLargeException() {
            super("upload exceeds the limit");
        }
    }

    /**
     * Reads {@code in} to a temporary file while hashing it.
     *
     * @throws TooLargeException after reading at most {@code maxBytes + 1} bytes, when there are more than maxBytes
     */
    public Staged stage(InputStream in, long maxBytes) {
        MessageDigest digest = sha256();
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int read;
                while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - size + 1))) > 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLargeException();
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new Staged(temp, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Moves a staged file to its place. Returns true when it is new; false when the same bytes were already stored (the
     * staged copy is then dropped).
     */
    public boolean commit(Staged staged) {
        Path target = pathOf(staged.sha256());
        try {
            if (Files.exists(target) && sha256Of(target).equals(staged.sha256())) {
                Files.deleteIfExists(staged.temp());
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged.temp(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(staged.temp());
            return false;
        } catch (IOException e) {
            deleteQuietly(staged.temp());
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Staged staged) {
        deleteQuietly(staged.temp());
    }

    /** Stores bytes (the seed's extracts); returns their SHA-256. */
    public String store(byte[] bytes) {
        Staged staged = stage(new java.io.ByteArrayInputStream(bytes), bytes.length);
        commit(staged);
        return staged.sha256();
    }

    /** The stored file with this checksum, if it is there (its contents are not verified). */
    public Optional<Path> find(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** True when the file with this checksum is stored and its bytes still hash to it. */
    public boolean intact(String sha256) {
        return find(sha256).map(path -> {
            try {
                return sha256Of(path).equals(sha256);
            } catch (IOException e) {
                return false;
            }
        }).orElse(false);
    }

    public void delete(String sha256) {
        find(sha256).ifPresent(FileStore::deleteQuietly);
    }

    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lowercase hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    static String sha256Of(Path path) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A temporary file that cannot be removed now is harmless: it is never read as a stored file.
        }
    }
}
