package io.newsflow.aggregate.http;

/** The stores cannot answer now (the app is starting or rebalancing); the client should retry. */
public final class StoresUnavailableException extends RuntimeException {

    public StoresUnavailableException(String message) {
        super(message);
    }
}
