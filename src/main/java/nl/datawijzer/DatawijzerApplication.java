package nl.datawijzer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DatawijzerApplication {
    public static void main(String[] args) {
        SpringApplication.run(DatawijzerApplication.class, args);
    }
}
