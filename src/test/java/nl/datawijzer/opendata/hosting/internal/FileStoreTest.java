package nl.datawijzer.opendata.hosting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

    @TempDir
    Path root;

    @Test
    void storesAFileUnderItsSha256AndKnowsWhenItIsAltered() throws Exception {
        FileStore store = new FileStore(root);
        byte[] bytes = "jaar,aantal\n2025,15\n".getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));

        FileStore.Staged staged = store.stage(new ByteArrayInputStream(bytes), 1000);
        assertThat(staged.sha256()).isEqualTo(expected);
        assertThat(staged.size()).isEqualTo(bytes.length);
        assertThat(store.commit(staged)).isTrue();

        Path stored = root.resolve(expected.substring(0, 2)).resolve(expected);
        assertThat(stored).hasBinaryContent(bytes);
        assertThat(store.find(expected)).contains(stored);
        assertThat(store.intact(expected)).isTrue();
        assertThat(files()).containsExactly(stored);

        Files.writeString(stored, "jaar,aantal\n2025,3\n");
        assertThat(store.intact(expected)).isFalse();
        store.delete(expected);
        assertThat(store.find(expected)).isEmpty();
    }

    @Test
    void storingTheSameBytesTwiceKeepsOneFile() {
        FileStore store = new FileStore(root);
        byte[] bytes = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(store.commit(store.stage(new ByteArrayInputStream(bytes), 100))).isTrue();
        assertThat(store.commit(store.stage(new ByteArrayInputStream(bytes), 100))).isFalse();
        assertThat(files()).hasSize(1);
    }

    @Test
    void stopsReadingAsSoonAsTheUploadPassesTheLimitAndLeavesNothingBehind() {
        FileStore store = new FileStore(root);
        EndlessStream endless = new EndlessStream();

        assertThatThrownBy(() -> store.stage(endless, 10_000)).isInstanceOf(FileStore.TooLargeException.class);

        assertThat(endless.read).isEqualTo(10_001);
        assertThat(files()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        FileStore store = new FileStore(root);
        FileStore.Staged staged = store.stage(new ByteArrayInputStream(new byte[500]), 500);
        assertThat(staged.size()).isEqualTo(500);
        store.discard(staged);
        assertThat(files()).isEmpty();
    }

    @Test
    void findsNothingForTextThatIsNotAChecksum() {
        FileStore store = new FileStore(root);
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.intact("ABC")).isFalse();
    }

    private java.util.List<Path> files() {
        if (!Files.exists(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Never ends; counts what was read. */
    private static final class EndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read += length;
            return length;
        }
    }
}
