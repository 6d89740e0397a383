package nl.datawijzer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DatawijzerApplication {
    public static void main(String[] args) {
        // --datawijzer.backup.create=<file> / --datawijzer.backup.restore=<file>: the store only, then exit
        java.util.Optional<Integer> backupCommand = nl.datawijzer.backup.BackupCommand.runIfAsked(args);
        if (backupCommand.isPresent()) {
            System.exit(backupCommand.get());
        }
        SpringApplication.run(DatawijzerApplication.class, args);
    }
}
