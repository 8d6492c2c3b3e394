package io.dip.web;

/** An id that names no job the server still holds (HTTP 404). */
final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was not found */
    NotFoundException(String message) {
        super(message);
    }
}
