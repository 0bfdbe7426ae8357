package io.github.essrules.examples.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file written whole or not at all. The bytes go to a temporary file in the same folder
 * ({@code .NAME.RANDOM.tmp}, with the permissions of the file it replaces), which {@link #commit()}
 * flushes to the disk and moves into place — atomically where the file system can, replacing the
 * file in one step. Until then the file named keeps its former content (or does not exist): a
 * failure, an interruption or a crash never leaves half a file under that name; {@link #close()}
 * without a commit deletes the temporary file (a crash of the machine may leave it behind, hidden,
 * never under the name asked for).
 *
 * <p>An output that exists and is not a regular file — {@code /dev/null}, {@code /dev/stdout}, a
 * named pipe — cannot be replaced: it is written in place.
 *
 * <p>Every write failure is an {@link OutputFailedException} naming the file and saying it was left
 * unchanged.
 *
 * <pre>{@code
 * try (AtomicFileOutput file = AtomicFileOutput.open("results.jsonl")) {
 *   file.stream().write(bytes);
 *   file.commit(); // results.jsonl now holds everything, or its former content if this throws
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class AtomicFileOutput implements Closeable {
  private final String name;
  private final Path target;
  private final Path temp;
  private final Boolean existed;
  private final FileChannel channel;
  private final OutputStream out;
  private boolean committed;
  private boolean closed;

  private AtomicFileOutput(String name, Path target, Path temp, Boolean existed, FileChannel channel,
      OutputStream raw) {
    this.name = name;
    this.target = target;
    this.temp = temp;
    this.existed = existed;
    this.channel = channel;
    this.out = new BufferedOutputStream(new FailFastStream(raw, this::failure, true), 1 << 16);
  }

  /**
   * Opens an output file: creates its temporary file beside it, or opens it in place if it is not
   * a regular file.
   *
   * @param name the file, as the user named it
   * @return the output
   * @throws EssCommand.UsageException if the name is a folder, or its folder does not exist
   * @throws OutputFailedException if the temporary file cannot be created
   */
  static AtomicFileOutput open(String name) {
    Path target = Path.of(name);
    if (Files.isSymbolicLink(target)) {
      try {
        target = target.toRealPath(); // replace the file the link points to, not the link
      } catch (IOException e) {
        // a dangling link: replaced by the file
      }
    }
    if (Files.isDirectory(target)) {
      throw new EssCommand.UsageException("--output : " + name + " est un dossier.",
          "--output: " + name + " is a folder.");
    }
    boolean exists = Files.exists(target);
    // for the message of a failure: a file left unchanged, not created, or a device written in place
    Boolean existed = !exists ? Boolean.FALSE : Files.isRegularFile(target) ? Boolean.TRUE : null;
    try {
      if (existed == null) {
        return new AtomicFileOutput(name, target, null, null, null,
            Files.newOutputStream(target, StandardOpenOption.WRITE));
      }
      Path folder = target.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw new EssCommand.UsageException("--output : dossier introuvable : " + folder,
            "--output: folder not found: " + folder);
      }
      for (int attempt = 0; ; attempt++) {
        Path temp = folder.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
          FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          temp.toFile().deleteOnExit(); // interrupted (Ctrl-C): no temporary file left behind
          if (exists) {
            keepPermissions(target, temp);
          }
          return new AtomicFileOutput(name, target, temp, exists, channel, Channels.newOutputStream(channel));
        } catch (FileAlreadyExistsException e) {
          if (attempt == 10) {
            throw e;
          }
        }
      }
    } catch (IOException e) {
      throw OutputFailedException.file(name, existed, e);
    }
  }

  private static void keepPermissions(Path from, Path to) {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or not allowed: the default permissions
    }
  }

  /**
   * The stream to write to, buffered; its failures are {@link OutputFailedException}s.
   *
   * @return the stream
   */
  OutputStream stream() {
    return out;
  }

  /**
   * Puts everything written into place: flushes it to the disk and moves the temporary file onto
   * the file named (for an output written in place, flushes it).
   *
   * @throws OutputFailedException if it cannot be done; the file named is then unchanged
   */
  void commit() {
    try {
      out.flush();
      if (channel != null) {
        channel.force(true);
      }
      closed = true;
      out.close();
      if (temp != null) {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw failure(e);
    } finally {
      if (!committed) {
        close();
      }
    }
  }

  /**
   * Abandons the output if it was not committed: deletes the temporary file, the file named keeping
   * its former content. Does nothing after {@link #commit()}.
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        if (channel != null) {
          channel.close(); // what is still buffered would go to a file about to be deleted
        } else {
          out.close();
        }
      } catch (IOException | RuntimeException e) {
        // abandoned anyway
      }
    }
    if (!committed && temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // hidden, named .NAME.RANDOM.tmp: harmless
      }
    }
  }

  private OutputFailedException failure(IOException e) {
    return OutputFailedException.file(name, existed, e);
  }
}
