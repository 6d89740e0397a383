package nl.datawijzer.opendata.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportCacheTest {

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void servesADocumentOnlyForTheRevisionItWasExportedAt() {
        var cache = new ExportCache(1024, 4096);
        cache.put(7, "catalog-ttl-all", text("r7"));

        assertThat(cache.get(7, "catalog-ttl-all")).hasValueSatisfying(d -> assertThat(d).isEqualTo(text("r7")));
        assertThat(cache.get(8, "catalog-ttl-all")).as("the open-data view changed").isEmpty();
        assertThat(cache.get(7, "catalog-jsonld-all")).isEmpty();
    }

    @Test
    void aNewerRevisionDropsEverythingOlderAndAnOlderExportIsNotKept() {
        var cache = new ExportCache(1024, 4096);
        cache.put(7, "a", text("r7"));
        cache.put(8, "b", text("r8"));
        cache.put(7, "a", text("late r7 export"));

        assertThat(cache.get(8, "a")).isEmpty();
        assertThat(cache.get(8, "b")).isPresent();
        assertThat(cache.get(7, "a")).isEmpty();
    }

    @Test
    void keepsNeitherADocumentAboveItsLimitNorMoreThanTheTotal() {
        var cache = new ExportCache(10, 15);
        cache.put(1, "big", new byte[11]);
        cache.put(1, "first", new byte[10]);
        cache.put(1, "second", new byte[10]);

        assertThat(cache.get(1, "big")).isEmpty();
        assertThat(cache.get(1, "first")).isPresent();
        assertThat(cache.get(1, "second")).as("would pass the total").isEmpty();
    }

    @Test
    void theCopyPassesEverythingOnAndKeepsItOnlyWithinTheLimit() throws IOException {
        var cache = new ExportCache(5, 100);
        var small = new ByteArrayOutputStream();
        var smallCopy = cache.copying(small);
        smallCopy.write(text("abc"));
        smallCopy.write('d');
        assertThat(small.toByteArray()).isEqualTo(text("abcd"));
        assertThat(smallCopy.document()).hasValueSatisfying(d -> assertThat(d).isEqualTo(text("abcd")));

        var large = new ByteArrayOutputStream();
        var largeCopy = cache.copying(large);
        largeCopy.write(text("abcdef"));
        largeCopy.write(text("gh"));
        assertThat(large.toByteArray()).isEqualTo(text("abcdefgh"));
        assertThat(largeCopy.document()).isEmpty();
    }
}
