package nl.datawijzer.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A Dockerfile read into its instructions (continuation lines joined, comments dropped), grouped by stage. */
record Dockerfiles(List<Stage> stages) {

    record Instruction(String keyword, String arguments) {
    }

    record Stage(String image, String name, List<Instruction> instructions) {

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        String last(String keyword) {
            var found = all(keyword);
            if (found.isEmpty()) {
                throw new AssertionError("stage " + image + " has no " + keyword);
            }
            return found.getLast();
        }
    }

    private static final Pattern FROM = Pattern.compile("(?i)(\\S+)(?:\\s+AS\\s+(\\S+))?");

    static Dockerfiles read(Path file) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            lines.add(current.toString().strip());
            current.setLength(0);
        }
        var args = new ArrayList<Instruction>();
        var stages = new ArrayList<Stage>();
        List<Instruction> into = args;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            var instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                var m = FROM.matcher(instruction.arguments());
                if (!m.matches()) {
                    throw new AssertionError("unreadable FROM: " + instruction.arguments());
                }
                String image = resolve(m.group(1), args);
                var stage = new Stage(image, m.group(2), new ArrayList<>());
                stages.add(stage);
                into = stage.instructions();
            } else {
                into.add(instruction);
            }
        }
        return new Dockerfiles(stages);
    }

    /** Replaces {@code ${NAME}} by the default of a global {@code ARG NAME=value}. */
    private static String resolve(String text, List<Instruction> globalArgs) {
        String result = text;
        for (Instruction arg : globalArgs) {
            String[] nameValue = arg.arguments().split("=", 2);
            if (nameValue.length == 2) {
                result = result.replace("${" + nameValue[0] + "}", nameValue[1]);
            }
        }
        return result;
    }

    Stage first() {
        return stages.getFirst();
    }

    Stage runStage() {
        return stages.getLast();
    }
}
