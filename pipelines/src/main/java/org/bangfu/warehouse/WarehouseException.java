package org.bangfu.warehouse;

/**
 * A warehouse failure the user can act on: the message starts with the error's code and says,
 * in Chinese then English, what is wrong, where, and how to fix it.
 */
public final class WarehouseException extends RuntimeException {

    private final WarehouseError error;

    WarehouseException(WarehouseError error, String chinese, String english, Throwable cause) {
        super(error.code() + " " + chinese + " / " + english, cause);
        this.error = error;
    }

    WarehouseException(WarehouseError error, String chinese, String english) {
        this(error, chinese, english, null);
    }

    public WarehouseError error() {
        return error;
    }
}
