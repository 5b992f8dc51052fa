package org.cooperaflow.app.config;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder of the embedded database ({@code COOPERAFLOW_DATA_DIR}): PostgreSQL's files under
 * {@code postgres/}, and the password {@code postgres-password} (readable by its owner only) that every
 * connection must give.
 *
 * <p>A killed application leaves its PostgreSQL server running, and the next start would fail on the server's
 * lock file. The server belongs to this folder and no living application holds the folder (the embedded
 * library's {@code epg-lock} file lock is free): it is an orphan, and is stopped before the new start.
 */
final class EmbeddedDatabaseFolder {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFolder.class);
    private static final String HBA_MARKER = "# CooperaFlow: password required, replication for backups";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path root;

    EmbeddedDatabaseFolder(Path root) {
        this.root = root;
    }

    Path postgresData() {
        return root.resolve("postgres");
    }

    Path passwordFile() {
        return root.resolve("postgres-password");
    }

    /** The folder's password, generated on first use (32 random bytes, hex) into a file only its owner reads. */
    synchronized String password() throws IOException {
        Path file = passwordFile();
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.createDirectories(root);
        Path written = Files.createFile(root.resolve("postgres-password.new"));
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("No POSIX permissions on {}", written);
        }
        Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
        Files.move(written, file);
        return password;
    }

    /** Whether {@code pg_hba.conf} already asks every connection for the password. */
    boolean requiresPassword() throws IOException {
        Path hba = postgresData().resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
    }

    /**
     * Connections from this machine only (socket, IPv4 and IPv6 loopback), each with the password; replication
     * connections too, for {@code pg_basebackup} ({@code ops/backup.sh}).
     */
    void writePasswordOnlyAccess() throws IOException {
        Files.writeString(postgresData().resolve("pg_hba.conf"), String.join("\n", List.of(
                HBA_MARKER + " (" + passwordFile().getFileName() + " in the data folder)",
                "local   all           all                  scram-sha-256",
                "host    all           all   127.0.0.1/32   scram-sha-256",
                "host    all           all   ::1/128        scram-sha-256",
                "local   replication   all                  scram-sha-256",
                "host    replication   all   127.0.0.1/32   scram-sha-256",
                "host    replication   all   ::1/128        scram-sha-256",
                "")), StandardCharsets.UTF_8);
    }

    /**
     * Stops the server a killed application left running on this folder, or removes a lock file that names a
     * process which is no PostgreSQL server (the number was reused after a restart of the machine).
     *
     * @throws IllegalStateException when a living application holds the folder
     */
    void stopOrphanedServer() throws IOException {
        Path pidFile = postgresData().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (!folderIsFree()) {
            throw new IllegalStateException("another running CooperaFlow uses the data folder " + root
                    + "; stop it, or give this one another COOPERAFLOW_DATA_DIR");
        }
        Optional<ProcessHandle> server = serverOf(pidFile);
        if (server.isEmpty()) {
            log.info("Removing the stale lock file {} of a PostgreSQL server that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle orphan = server.get();
        log.warn("Stopping PostgreSQL server {} that a previous run left on {} (the application was killed)",
                orphan.pid(), postgresData());
        // SIGTERM: PostgreSQL's smart shutdown; its clients died with the application
        orphan.destroy();
        if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
            log.warn("PostgreSQL server {} did not stop in {} s; killing it (its WAL recovers what it wrote)",
                    orphan.pid(), ORPHAN_STOP_WAIT.toSeconds());
            orphan.destroyForcibly();
            waitForExit(orphan, ORPHAN_STOP_WAIT);
        }
        Files.deleteIfExists(pidFile);
    }

    /** Whether no living embedded database holds the folder's lock (the embedded library takes it while running). */
    private boolean folderIsFree() throws IOException {
        Path lockFile = postgresData().resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
             FileLock lock = stream.getChannel().tryLock()) {
            return lock != null;
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return false;
        }
    }

    /** The running PostgreSQL server the lock file names, if that process is one. */
    private static Optional<ProcessHandle> serverOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /**
     * Waits until the process is gone. A server whose parent died may stay a zombie until the machine's init reaps
     * it: with no command left, it is gone for our purposes (it holds no port and no file).
     */
    private static boolean waitForExit(ProcessHandle process, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (process.isAlive() && process.info().command().isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
