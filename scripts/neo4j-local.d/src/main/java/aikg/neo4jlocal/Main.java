package aikg.neo4jlocal;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs an embedded Neo4j Community DBMS with a Bolt connector until the JVM
 * is told to stop (SIGTERM/SIGINT), then shuts the databases down cleanly so
 * that the store can be reopened by the next start.
 *
 * Arguments: HOME [HOST [PORT [CONF]]]; CONF is a file of Neo4j settings
 * (key=value lines, as in neo4j.conf), e.g. the page cache size. Authentication is disabled: the server only
 * listens on the loopback address and exists for development and tests.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Main HOME [HOST [PORT [CONF]]]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 7687;

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 3) {
            builder.loadPropertiesFromFile(Path.of(args[3]));
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-local-shutdown"));
        System.out.println("neo4j-local: bolt listening on " + host + ":" + port + ", home " + home);
        stopped.await();
    }
}
