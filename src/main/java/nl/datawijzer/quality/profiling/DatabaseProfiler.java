package nl.datawijzer.quality.profiling;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.datawijzer.quality.profiling.ValueChecks.Datatype;

/**
 * Profiles a PostgreSQL table without pulling its rows: every count is an aggregate computed in the database, one
 * query for all fields plus one anti-join per referenced column. Validity uses {@link SqlChecks}, the SQL form of the
 * rules the file profilers apply.
 *
 * <p>The table and columns are looked up in {@code information_schema.columns} with bound parameters and only the names
 * the catalog returns are quoted into the SQL, so nothing from configuration or the RDF store reaches the query
 * unchecked. The session is read-only. Failures are mapped to our own Dutch and English words; the driver's message,
 * which can carry the user name, the URL or a value from the data, is never passed on.
 */
public final class DatabaseProfiler {

    /** Default limit for one query; a profile of a large table is a full scan, so minutes are normal. */
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 15 * 60;

    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private DatabaseProfiler() {
    }

    public static DatasetProfile profile(DatabaseConnection connection, String table, ProfileSpec spec,
            ProfilingProgress progress) {
        return profile(connection, table, spec, progress, DEFAULT_QUERY_TIMEOUT_SECONDS);
    }

    /**
     * @param queryTimeoutSeconds the longest one query may take before the run fails
     * @throws ProfilingException when the database is unreachable, refuses the login, lacks the table or a referenced
     *     column, or a query fails or takes too long
     */
    public static DatasetProfile profile(DatabaseConnection connection, String table, ProfileSpec spec,
            ProfilingProgress progress, int queryTimeoutSeconds) {
        String name = connection.name();
        if (!TABLE.matcher(table).matches()) {
            throw new ProfilingException("De tabelnaam '" + table + "' is ongeldig.",
                    "The table name '" + table + "' is not valid.");
        }
        Properties properties = new Properties();
        // configuration may leave them out (a trusted local connection); the driver then sends none
        if (connection.username() != null) {
            properties.setProperty("user", connection.username());
        }
        if (connection.password() != null) {
            properties.setProperty("password", connection.password());
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "Datawijzer profilering");
        String step = "connect";
        try (Connection db = DriverManager.getConnection(connection.jdbcUrl(), properties)) {
            db.setReadOnly(true);
            try (Statement session = db.createStatement()) {
                // a date column's text must be ISO whatever the server's default, or valid dates would count invalid
                session.execute("SET DateStyle = 'ISO, YMD'");
            }
            step = "catalog";
            TableColumns columns = lookUp(db, table, queryTimeoutSeconds).orElseThrow(() -> new ProfilingException(
                    "De tabel '" + table + "' bestaat niet in de database van verbinding '" + name + "'.",
                    "The table '" + table + "' does not exist in the database of connection '" + name + "'."));
            Map<FieldSpec, ResolvedReference> references = new LinkedHashMap<>();
            for (FieldSpec field : spec.fields()) {
                if (field.referencedColumn().isPresent() && columns.find(field.technicalName()) != null) {
                    references.put(field, resolve(db, field.referencedColumn().get(), name, queryTimeoutSeconds));
                }
            }
            int steps = 2 + references.size();
            progress.update(1.0 / steps);

            step = "aggregate";
            Query query = aggregate(columns.qualified(), spec, columns.names());
            long[] counts = run(db, query, queryTimeoutSeconds);
            progress.update(2.0 / steps);

            step = "reference";
            Map<FieldSpec, Long> outsideReference = new HashMap<>();
            int done = 2;
            for (Map.Entry<FieldSpec, ResolvedReference> reference : references.entrySet()) {
                FieldSpec field = reference.getKey();
                outsideReference.put(field, countOutsideReference(db, columns.qualified(),
                        quote(columns.find(field.technicalName())), field, reference.getValue(), queryTimeoutSeconds));
                progress.update(++done / (double) steps);
            }
            return toProfile(spec, columns, query, counts, outsideReference);
        } catch (ProfilingException e) {
            throw e;
        } catch (SQLException e) {
            throw translate(e, name, table, step, queryTimeoutSeconds);
        }
    }

    /**
     * The aggregate query {@link #profile} runs for the table's declared fields, for running the same SQL by hand (the
     * benchmark does). Its parameters, in order, are the code lists ({@code text[]}) of the fields with one, see
     * {@link #aggregateParameters}.
     *
     * @param qualifiedTable the quoted table name as it will appear in the SQL
     * @param tableColumns the table's actual column names
     */
    public static String aggregateSql(String qualifiedTable, ProfileSpec spec, List<String> tableColumns) {
        return aggregate(qualifiedTable, spec, tableColumns).sql();
    }

    /** The code lists to bind to {@link #aggregateSql}'s parameters, in order. */
    public static List<String[]> aggregateParameters(ProfileSpec spec, List<String> tableColumns) {
        return aggregate("t", spec, tableColumns).lists();
    }

    /** One query, and which result column holds which field's count. */
    record Query(String sql, List<String[]> lists, Map<FieldSpec, int[]> positions) {
    }

    private record TableColumns(String schema, String table, List<String> names) {

        String qualified() {
            return quote(schema) + "." + quote(table);
        }

        String find(String technicalName) {
            return DatabaseProfiler.find(names, technicalName);
        }
    }

    private record ResolvedReference(String qualifiedTable, String column) {
    }

    private static String find(List<String> names, String technicalName) {
        String wanted = technicalName.strip();
        for (String name : names) {
            if (name.equals(wanted)) {
                return name;
            }
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(wanted)) {
                return name;
            }
        }
        return null;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * The table's columns from the catalog. An unqualified name is looked for in the session's search path; names
     * match exactly first and then case-insensitively, since PostgreSQL folds unquoted names to lower case and the
     * catalogue may spell them as the source system does.
     */
    private static java.util.Optional<TableColumns> lookUp(Connection db, String table, int timeout)
            throws SQLException {
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        String sql = """
                SELECT c.table_schema, c.table_name, c.column_name
                FROM information_schema.columns c
                WHERE lower(c.table_name) = lower(?)
                  AND (CASE WHEN ?::text IS NULL THEN c.table_schema = ANY (current_schemas(false))
                            ELSE lower(c.table_schema) = lower(?) END)
                ORDER BY (c.table_name = ?) DESC, (c.table_schema = coalesce(?, c.table_schema)) DESC,
                         array_position(current_schemas(false), c.table_schema::name), c.table_schema, c.table_name,
                         c.ordinal_position
                """;
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setQueryTimeout(timeout);
            statement.setString(1, name);
            statement.setString(2, schema);
            statement.setString(3, schema);
            statement.setString(4, name);
            statement.setString(5, schema);
            try (ResultSet rows = statement.executeQuery()) {
                String foundSchema = null;
                String foundTable = null;
                List<String> columns = new ArrayList<>();
                while (rows.next()) {
                    if (foundSchema == null) {
                        foundSchema = rows.getString(1);
                        foundTable = rows.getString(2);
                    } else if (!foundSchema.equals(rows.getString(1)) || !foundTable.equals(rows.getString(2))) {
                        break;
                    }
                    columns.add(rows.getString(3));
                }
                return foundSchema == null ? java.util.Optional.empty()
                        : java.util.Optional.of(new TableColumns(foundSchema, foundTable, columns));
            }
        }
    }

    private static ResolvedReference resolve(Connection db, ColumnRef ref, String connectionName, int timeout)
            throws SQLException {
        if (!TABLE.matcher(ref.table()).matches()) {
            throw new ProfilingException("De tabelnaam '" + ref.table() + "' is ongeldig.",
                    "The table name '" + ref.table() + "' is not valid.");
        }
        TableColumns table = lookUp(db, ref.table(), timeout).orElse(null);
        String column = table == null ? null : table.find(ref.column());
        if (column == null) {
            throw new ProfilingException(
                    "De kolom '" + ref.table() + "." + ref.column() + "' waarnaar een veld verwijst, bestaat niet in "
                            + "de database van verbinding '" + connectionName + "'.",
                    "The column '" + ref.table() + "." + ref.column() + "' a field refers to does not exist in the "
                            + "database of connection '" + connectionName + "'.");
        }
        return new ResolvedReference(table.qualified(), column);
    }

    /**
     * One pass over the table. The inner select trims every declared column once, the next one computes what checks
     * share (a normalised date, a compact IBAN); {@code OFFSET 0} keeps PostgreSQL from folding them into the outer
     * query, which would evaluate them again for every expression that uses them.
     */
    static Query aggregate(String qualifiedTable, ProfileSpec spec, List<String> tableColumns) {
        List<String> inner = new ArrayList<>();
        List<String> helpers = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        outer.add("count(*)");
        List<String[]> lists = new ArrayList<>();
        Map<FieldSpec, int[]> positions = new LinkedHashMap<>();
        for (FieldSpec field : spec.fields()) {
            String column = find(tableColumns, field.technicalName());
            if (column == null) {
                continue;
            }
            String v = "v" + inner.size();
            inner.add(SqlChecks.trimmed(quote(column)) + " AS " + v);
            Datatype type = Datatype.of(field.datatype());
            ValueFormat format = field.format().orElse(null);
            String helper = SqlChecks.helper(type, format, v);
            String h = null;
            if (helper != null) {
                h = "h" + inner.size();
                helpers.add(helper + " AS " + h);
            }
            int[] at = {-1, -1, -1, -1};
            at[0] = outer.size() + 1;
            outer.add("count(*) FILTER (WHERE " + v + " IS NULL OR " + v + " = '')");
            at[1] = outer.size() + 1;
            String valid = SqlChecks.valid(type, format, v, h);
            outer.add("count(*) FILTER (WHERE " + v + " <> '' AND NOT coalesce(" + valid + ", false))");
            if (field.key()) {
                at[2] = outer.size() + 1;
                outer.add("count(*) FILTER (WHERE " + v + " <> '') - count(DISTINCT " + v + ") FILTER (WHERE " + v
                        + " <> '')");
            }
            if (!field.allowedValues().isEmpty() && field.referencedColumn().isEmpty()) {
                at[3] = outer.size() + 1;
                outer.add("count(*) FILTER (WHERE " + v + " <> '' AND NOT (" + v + " = ANY (?::text[])))");
                lists.add(trimmedList(field));
            }
            positions.put(field, at);
        }
        String from = qualifiedTable;
        if (!inner.isEmpty()) {
            from = "(SELECT " + String.join(", ", inner) + " FROM " + qualifiedTable + " OFFSET 0) s";
            if (!helpers.isEmpty()) {
                from = "(SELECT s.*, " + String.join(", ", helpers) + " FROM " + from + " OFFSET 0) s2";
            }
        }
        return new Query("SELECT " + String.join(",\n       ", outer) + "\nFROM " + from, lists, positions);
    }

    private static String[] trimmedList(FieldSpec field) {
        return field.allowedValues().stream().map(ValueChecks::trim).sorted().toArray(String[]::new);
    }

    private static long[] run(Connection db, Query query, int timeout) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query.sql())) {
            statement.setQueryTimeout(timeout);
            for (int i = 0; i < query.lists().size(); i++) {
                statement.setArray(i + 1, db.createArrayOf("text", query.lists().get(i)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                int n = rows.getMetaData().getColumnCount();
                long[] counts = new long[n + 1];
                for (int i = 1; i <= n; i++) {
                    counts[i] = rows.getLong(i);
                }
                return counts;
            }
        }
    }

    /**
     * Values that do not occur in the referenced column (compared trimmed, as text), and when a code list is declared
     * as well, values outside that list too. NOT EXISTS lets PostgreSQL plan a hashed anti-join.
     */
    private static long countOutsideReference(Connection db, String qualifiedTable, String quotedColumn,
            FieldSpec field, ResolvedReference reference, int timeout) throws SQLException {
        String v = SqlChecks.trimmed("t." + quotedColumn);
        boolean list = !field.allowedValues().isEmpty();
        String sql = "SELECT count(*) FROM " + qualifiedTable + " t WHERE " + v + " <> '' AND (NOT EXISTS (SELECT 1 FROM "
                + reference.qualifiedTable() + " r WHERE " + SqlChecks.trimmed("r." + quote(reference.column()))
                + " = " + v + ")" + (list ? " OR NOT (" + v + " = ANY (?::text[]))" : "") + ")";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setQueryTimeout(timeout);
            if (list) {
                statement.setArray(1, db.createArrayOf("text", trimmedList(field)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static DatasetProfile toProfile(ProfileSpec spec, TableColumns columns, Query query, long[] counts,
            Map<FieldSpec, Long> outsideReference) {
        long rows = counts[1];
        List<FieldProfile> fields = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            int[] at = query.positions().get(field);
            if (at == null) {
                fields.add(ColumnStats.absent(field, rows, field.hasConsistencyRule()));
                continue;
            }
            declared.add(columns.find(field.technicalName()));
            OptionalLong outside = outsideReference.containsKey(field) ? OptionalLong.of(outsideReference.get(field))
                    : at[3] > 0 ? OptionalLong.of(counts[at[3]]) : OptionalLong.empty();
            fields.add(new FieldProfile(field.technicalName(), true, rows, counts[at[0]], counts[at[1]],
                    at[2] > 0 ? OptionalLong.of(counts[at[2]]) : OptionalLong.empty(), outside));
        }
        List<String> undeclared = columns.names().stream().filter(name -> !declared.contains(name)).toList();
        return new DatasetProfile(rows, 0, fields, undeclared);
    }

    /** The driver's exception in our words, by SQLState and cause; never its message. */
    static ProfilingException translate(SQLException e, String name, String table, String step, int timeout) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable cause = rootCause(e);
        if (state.equals("28P01") || state.equals("28000")) {
            return new ProfilingException(
                    "Inloggen bij de database van verbinding '" + name + "' is geweigerd: controleer gebruikersnaam en "
                            + "wachtwoord in de configuratie.",
                    "Logging in to the database of connection '" + name + "' was refused: check the user name and "
                            + "password in the configuration.");
        }
        if (state.equals("3D000")) {
            return new ProfilingException(
                    "De database van verbinding '" + name + "' bestaat niet op de server: controleer de URL in de "
                            + "configuratie.",
                    "The database of connection '" + name + "' does not exist on the server: check the URL in the "
                            + "configuration.");
        }
        if (state.equals("57014") || cause instanceof SocketTimeoutException && !step.equals("connect")) {
            return new ProfilingException(
                    "De profilering van tabel '" + table + "' (verbinding '" + name + "') duurde langer dan " + timeout
                            + " seconden en is afgebroken.",
                    "Profiling table '" + table + "' (connection '" + name + "') took longer than " + timeout
                            + " seconds and was stopped.");
        }
        if (state.equals("42P01")) {
            return new ProfilingException(
                    "De tabel '" + table + "' bestaat niet in de database van verbinding '" + name + "'.",
                    "The table '" + table + "' does not exist in the database of connection '" + name + "'.");
        }
        if (state.equals("42501")) {
            return new ProfilingException(
                    "De gebruiker van verbinding '" + name + "' mag tabel '" + table + "' niet lezen.",
                    "The user of connection '" + name + "' may not read table '" + table + "'.");
        }
        if (step.equals("connect") && (state.startsWith("08") || cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException)) {
            return new ProfilingException(
                    "De database van verbinding '" + name + "' is niet bereikbaar.",
                    "The database of connection '" + name + "' cannot be reached.");
        }
        if (state.startsWith("08")) {
            return new ProfilingException(
                    "De verbinding met de database van verbinding '" + name + "' is verbroken tijdens het profileren.",
                    "The connection to the database of connection '" + name + "' was lost while profiling.");
        }
        String code = state.isEmpty() ? "" : " (SQLState " + state.toUpperCase(Locale.ROOT) + ")";
        return new ProfilingException(
                "De database van verbinding '" + name + "' gaf een fout bij het profileren van tabel '" + table + "'"
                        + code + ".",
                "The database of connection '" + name + "' reported an error while profiling table '" + table + "'"
                        + code + ".");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
