package io.brisk.examples.inventory.ml;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;

/**
 * A flower's measurements, in cm: each more than 0 and at most 50.
 *
 * @param sepalLength sepal length
 * @param sepalWidth sepal width
 * @param petalLength petal length
 * @param petalWidth petal width
 */
public record Measurements(
    @Positive @DecimalMax("50") double sepalLength,
    @Positive @DecimalMax("50") double sepalWidth,
    @Positive @DecimalMax("50") double petalLength,
    @Positive @DecimalMax("50") double petalWidth) {

  /** The features in the model's order. */
  double[] features() {
    return new double[] {sepalLength, sepalWidth, petalLength, petalWidth};
  }
}
