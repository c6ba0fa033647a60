package dev.debrief.cli;

import dev.debrief.diag.Quote;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code debrief} command. {@link #run} takes its streams and returns the exit code, for tests and embedding. */
@Command(name = "debrief", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns postmortems written as YAML into executive-ready PDFs.",
        subcommands = {RenderCommand.class, PackCommand.class, SummaryCommand.class, ValidateCommand.class,
                LintCommand.class, NewCommand.class, SchemaCommand.class, CompletionCommand.class,
                ExtractCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;

    Main(Console console) {
        this.console = console;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Environment.system());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with another standard input, clock and zone (for tests). */
    static int run(String[] args, PrintStream out, PrintStream err, Environment environment) {
        Console console = new Console(out, err);
        CommandLine cli = new CommandLine(new Main(console), new Factory(console, environment));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, line, parsed) -> Failures.report(e, console,
                line.getCommand() instanceof DebriefCommand command && command.shared.verbose));
        cli.setParameterExceptionHandler((e, arguments) -> {
            console.error(e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.INVALID_INPUT;
        });
        return cli.execute(args);
    }

    /** {@code debrief} with no command: the usage, on standard error, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
        return ExitCode.INVALID_INPUT;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"debrief " + Quote.visible(Install.version())};
        }
    }

    /** Gives each command the caller's console and environment instead of System.out, System.err, System.in. */
    record Factory(Console console, Environment environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = CommandLine.defaultFactory().create(type);
            if (made instanceof DebriefCommand command) {
                command.attach(console, environment);
            }
            return made;
        }
    }
}
