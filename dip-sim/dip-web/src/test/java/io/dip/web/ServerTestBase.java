package io.dip.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that share one {@link TestServer#standard()} server, started before them and stopped after. */
abstract class ServerTestBase {

    /** The shared server. */
    static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.standard();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
