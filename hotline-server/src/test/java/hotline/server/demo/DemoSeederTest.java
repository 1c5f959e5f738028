package hotline.server.demo;

import hotline.server.clocks.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.CaseStatus;
import hotline.server.Services;
import hotline.server.catalog.Domain;
import hotline.server.support.TestDatabase;
import hotline.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo history: months of cases that went through the real services, in every domain, district and state. */
class DemoSeederTest {
    private static TestDatabase db;
    private static Services services;
    private static String progress;

    @BeforeAll
    static void seed() {
        db = TestDatabase.create();
        services = new Services(db.database(), new ManualClock(TestServer.START), 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoSeeder(services).seedIfEmpty(new PrintStream(out, true, StandardCharsets.UTF_8));
        progress = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        services.close();
        db.close();
    }

    private static Set<String> distinct(String column) {
        return services.database.read(connection -> {
            Set<String> values = new HashSet<>();
            try (ResultSet rows = connection.createStatement().executeQuery("select distinct " + column + " from hotline_case")) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }

    @Test
    void seedsTheDemoUsersWithTheirNamesAsPasswords() {
        assertThat(services.auth.login("operator", "operator").role().name()).isEqualTo("OPERATOR");
        assertThat(services.auth.login("clerk", "clerk").unitCode()).isEqualTo("110105001");
        assertThat(services.auth.login("handler", "handler").unitCode()).isEqualTo("110105001");
        assertThat(progress).contains("demo: replaying").contains("calls since");
    }

    @Test
    void historyCoversEveryDomainEveryDistrictAndEveryState() {
        Set<String> domains = new HashSet<>();
        distinct("category_code").forEach(code -> domains.add(code.substring(0, code.indexOf('.'))));
        assertThat(domains).hasSize(Domain.values().length);
        assertThat(distinct("district_code")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(distinct("sub_district_code").size()).isGreaterThan(200);
        Set<String> states = distinct("status");
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(states).as("a demo case in state " + status).contains(status.name());
        }
        assertThat(distinct("worst_clock")).contains("RED", "GREEN");
    }

    @Test
    void seedingTwiceDoesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoSeeder(services).seedIfEmpty(new PrintStream(out, true, StandardCharsets.UTF_8), 30);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing seeded");
    }
}
