package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.examples.inventory.ml.IrisModel;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /predict: the iris classifier trained at start-up. */
class PredictTest {
  private static final Fixture fixture = Fixture.h2();
  private static final TestClient client = fixture.client();

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static TestResponse predict(String json) {
    return client.post("/predict").body(json, "application/json").send();
  }

  private static String flower(double sl, double sw, double pl, double pw) {
    return "{\"sepal_length\":" + sl + ",\"sepal_width\":" + sw + ",\"petal_length\":" + pl + ",\"petal_width\":" + pw + "}";
  }

  @ParameterizedTest
  @CsvSource({
      "5.1, 3.5, 1.4, 0.2, setosa",
      "4.6, 3.1, 1.5, 0.2, setosa",
      "6.4, 3.2, 4.5, 1.5, versicolor",
      "5.7, 2.8, 4.1, 1.3, versicolor",
      "6.3, 3.3, 6.0, 2.5, virginica",
      "7.7, 3.0, 6.1, 2.3, virginica"})
  void namesTheSpeciesOfTypicalFlowers(double sl, double sw, double pl, double pw, String species) {
    TestResponse r = predict(flower(sl, sw, pl, pw));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("species").asText()).isEqualTo(species);
  }

  @Test
  void givesAProbabilityForEachSpeciesTheLargestForThePrediction() {
    JsonNode r = predict(flower(5.1, 3.5, 1.4, 0.2)).json();

    JsonNode p = r.get("probabilities");
    assertThat(List.of(p.fieldNames().next(), p.size())).containsExactly("setosa", 3);
    double sum = p.get("setosa").asDouble() + p.get("versicolor").asDouble() + p.get("virginica").asDouble();
    assertThat(sum).isCloseTo(1.0, within(1e-6));
    assertThat(p.get("setosa").asDouble()).isGreaterThan(p.get("versicolor").asDouble()).isGreaterThan(p.get("virginica").asDouble());
  }

  @Test
  void learnsTheTrainingSetWell() {
    assertThat(fixture.app().dependency(IrisModel.class).trainingAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void acceptsFiftyButNotMoreNorZero() {
    assertThat(predict(flower(50, 50, 50, 50)).status()).isEqualTo(200);

    TestResponse r = predict(flower(0, 50.01, -1, 1));

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo("["
        + "{\"loc\":[\"body\",\"sepal_length\"],\"msg\":\"Input should be greater than 0\",\"type\":\"greater_than\",\"input\":0.0,\"ctx\":{\"gt\":0}},"
        + "{\"loc\":[\"body\",\"sepal_width\"],\"msg\":\"Input should be less than or equal to 50\",\"type\":\"less_than_equal\",\"input\":50.01,\"ctx\":{\"le\":50}},"
        + "{\"loc\":[\"body\",\"petal_length\"],\"msg\":\"Input should be greater than 0\",\"type\":\"greater_than\",\"input\":-1.0,\"ctx\":{\"gt\":0}}]");
  }

  @Test
  void requiresEveryMeasurementAsANumber() {
    TestResponse missing = predict("{\"sepal_length\":5.1}");
    TestResponse text = predict("{\"sepal_length\":\"long\",\"sepal_width\":1,\"petal_length\":1,\"petal_width\":1}");

    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("errors")).hasSize(3);
    assertThat(missing.json().at("/errors/0/loc").toString()).isEqualTo("[\"body\",\"sepal_width\"]");
    assertThat(text.json().at("/errors/0/type").asText()).isEqualTo("float_parsing");
  }
}
