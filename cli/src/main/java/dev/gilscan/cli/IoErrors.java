package dev.gilscan.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The reason an I/O operation failed, in words, for one-line error messages. */
final class IoErrors {
    private IoErrors() {}

    /**
     * The operating system's reason ("No space left on device") rather than Java's message, which
     * for a {@link FileSystemException} is often just the file's name.
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (fs instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (fs instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (fs instanceof NotDirectoryException) {
                return "not a folder";
            }
            if (fs instanceof FileAlreadyExistsException) {
                return "already exists";
            }
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
