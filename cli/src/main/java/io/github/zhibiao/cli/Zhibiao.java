package io.github.zhibiao.cli;

import io.github.zhibiao.ZhibiaoException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhibiao} command. Exit codes: 0 done, 1 problems in the input (a bad record in
 * fail-fast mode, an error finding, a name not found, a file that cannot be read), 2 a usage
 * error, a bad argument or incompatible units. Output is UTF-8.
 */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, versionProvider = Zhibiao.Version.class,
    description = "Exact statistical indicators of Chinese regional reports: units, formats, checks, prose.",
    subcommands = {ConvertCommand.class, ReadCommand.class, TranscodeCommand.class, CheckCommand.class,
        ExtractCommand.class, UnitsCommand.class, RegionsCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done; 1 problems in the input, error findings or a name not found;",
        "2 usage errors, bad arguments or incompatible units.", "",
        "Example:", "  zhibiao convert 130亿斤 万吨"})
public final class Zhibiao implements Runnable {
  /** Exit code: done. */
  static final int OK = 0;
  /** Exit code: problems in the input or error findings. */
  static final int PROBLEMS = 1;
  /** Exit code: usage error, bad argument, incompatible units. */
  static final int USAGE = 2;

  final Env env;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  Zhibiao(Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(new Env(out, err, System.console() != null, p -> { }), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs {@code args} in {@code env} and gives the exit code; nothing exits the JVM. */
  static int run(Env env, String... args) {
    CommandLine cl = new CommandLine(new Zhibiao(env));
    cl.setOut(new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      String name = cmd.getCommandName();
      int code;
      String message;
      if (ex instanceof Failure f) {
        code = f.code();
        message = f.getMessage();
      } else if (ex instanceof ZhibiaoException || ex instanceof UncheckedIOException) {
        code = PROBLEMS;
        message = ex.getMessage();
      } else if (ex instanceof IllegalArgumentException) {
        code = PROBLEMS;
        message = ex.getMessage();
      } else {
        code = PROBLEMS;
        message = "unexpected error: " + ex;
      }
      env.err().println("zhibiao " + name + ": " + message);
      env.err().flush();
      return code;
    });
    int code = cl.execute(args);
    env.out().flush();
    env.err().flush();
    return code;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Zhibiao.class.getPackage().getImplementationVersion();
      return new String[] {"zhibiao " + (v == null ? "(development build)" : v)};
    }
  }
}
