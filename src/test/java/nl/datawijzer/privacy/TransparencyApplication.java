package nl.datawijzer.privacy;

import java.nio.file.Path;
import java.util.UUID;
import nl.datawijzer.bench.SyntheticCatalog;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application (random port) over the transparency catalog: a generated catalog plus the register fixture
 * (see {@link TransparencyFixture}). Tests that extend it share one application context.
 */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TransparencyApplication {

    private static final Path DATA = Path.of("target/test-data/transparency-app-" + UUID.randomUUID());

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        TransparencyFixture.prepareDataDir(DATA, SyntheticCatalog.BASE);
        registry.add("datawijzer.store.data-dir", DATA::toString);
    }
}
