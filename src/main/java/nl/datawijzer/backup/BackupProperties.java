package nl.datawijzer.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Backups.
 *
 * @param maxUploadSize largest backup file an admin may upload to restore (checked before anything is replaced)
 */
@ConfigurationProperties("datawijzer.backup")
public record BackupProperties(@DefaultValue("2GB") DataSize maxUploadSize) {
}
