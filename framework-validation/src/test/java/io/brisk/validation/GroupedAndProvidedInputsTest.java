package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Provides;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Records grouping query values, and the inputs of a dependency's provider. */
class GroupedAndProvidedInputsTest {
  public record Paging(@Query(defaultValue = "1") @Min(1) int page,
      @Query(value = "per_page", defaultValue = "20") @Max(50) int perPage) {}

  public record Tenant(String id) {}

  public static final class Tenants {
    @Provides
    public Tenant tenant(@Header @Pattern(regexp = "^[a-z]+$") String xTenant) {
      return new Tenant(xTenant);
    }
  }

  public static final class Api {
    @Get("/items")
    public String list(@Query Paging paging) {
      return paging.page() + "/" + paging.perPage();
    }

    @Get("/tenant")
    public String tenant(Tenant tenant) {
      return tenant.id();
    }
  }

  private static TestClient client;

  @BeforeAll
  static void start() {
    client = TestClient.of(Brisk.create().provider(new Tenants()).include(new Api()));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void locatesTheComponentsOfAQueryRecordByTheirQueryNames() {
    assertThat(client.get("/items?page=2&per_page=50").send().text()).isEqualTo("2/50");
    TestResponse r = client.get("/items?page=0&per_page=51").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['query','page'],'msg':'Input should be greater than or equal to 1','type':'greater_than_equal',
          'input':0,'ctx':{'ge':1}},
         {'loc':['query','per_page'],'msg':'Input should be less than or equal to 50','type':'less_than_equal',
          'input':51,'ctx':{'le':50}}]"""));
  }

  @Test
  void checksTheInputsOfADependencysProvider() {
    assertThat(client.get("/tenant").header("X-Tenant", "acme").send().text()).isEqualTo("acme");
    TestResponse r = client.get("/tenant").header("X-Tenant", "ACME").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['header','x-tenant'],'msg':'String should match pattern \\u0027^[a-z]+$\\u0027',
          'type':'string_pattern_mismatch','input':'ACME','ctx':{'pattern':'^[a-z]+$'}}]"""));
  }
}
