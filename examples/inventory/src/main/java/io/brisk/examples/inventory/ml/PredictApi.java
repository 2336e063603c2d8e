package io.brisk.examples.inventory.ml;

import io.brisk.Scope;
import io.brisk.annotation.Post;
import io.brisk.annotation.Provides;
import io.brisk.annotation.Router;
import java.util.Map;

/** Classifies iris flowers with the model trained at start-up. Stateless. */
@Router(tags = "ml")
public final class PredictApi {
  /**
   * A classification.
   *
   * @param species the most likely species: setosa, versicolor or virginica
   * @param probabilities each species' probability
   */
  public record Prediction(String species, Map<String, Double> probabilities) {}

  /** Provides the model: trained once, on first use, and shared by every request. */
  public static final class ModelProvider {
    /** The trained model. */
    @Provides(scope = Scope.APPLICATION)
    public IrisModel model() {
      return IrisModel.train();
    }
  }

  /**
   * Tells the species of an iris from its measurements.
   *
   * @param flower the measurements, in cm
   * @return the species and the probability of each
   */
  @Post("/predict")
  public Prediction predict(Measurements flower, IrisModel model) {
    IrisModel.Result result = model.classify(flower.features());
    return new Prediction(result.species(), result.probabilities());
  }
}
