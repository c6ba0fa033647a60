package dev.debrief.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code debrief} command. {@link #run} takes its streams and returns the exit code, for tests and embedding. */
@Command(name = "debrief", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns postmortems written as YAML into executive-ready PDFs.",
        subcommands = {RenderCommand.class, ExtractCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(), new StreamsFactory(out, err));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("debrief: " + e.getMessage());
            if (line.getParseResult().expandedArgs().contains("--verbose")) {
                e.printStackTrace(err);
            }
            return ExitCode.RENDER_FAILED;
        });
        for (CommandLine command : java.util.List.of(cli, cli.getSubcommands().get("render"),
                cli.getSubcommands().get("extract"), cli.getSubcommands().get("bench"))) {
            command.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INVALID_INPUT);
            command.getCommandSpec().exitCodeOnExecutionException(ExitCode.RENDER_FAILED);
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"debrief " + Install.version()};
        }
    }

    /** Gives each command the caller's streams instead of System.out and System.err. */
    record StreamsFactory(PrintStream out, PrintStream err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == RenderCommand.class) {
                return type.cast(new RenderCommand(out, err));
            }
            if (type == ExtractCommand.class) {
                return type.cast(new ExtractCommand(out, err));
            }
            if (type == BenchCommand.class) {
                return type.cast(new BenchCommand(out, err));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
