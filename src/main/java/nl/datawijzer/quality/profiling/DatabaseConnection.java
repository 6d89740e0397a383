package nl.datawijzer.quality.profiling;

/**
 * How to reach a database to profile. Built from configuration or the environment at the moment of a run and never
 * stored: the RDF store knows only the connection's {@link #name()}.
 *
 * @param name the connection's name in configuration ({@code datawijzer.quality.connections.<name>.*})
 */
public record DatabaseConnection(String name, String jdbcUrl, String username, String password) {

    /** Never shows the password, so a connection in a log line or an exception message gives nothing away. */
    @Override
    public String toString() {
        return "DatabaseConnection[name=" + name + ", jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
