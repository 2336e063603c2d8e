package io.brisk.examples.inventory.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A classifier of iris flowers, trained when it is made (well under a second) on the Iris data
 * set shipped in {@code ml/iris.csv} (Fisher 1936, UCI; see {@code ml/iris-ATTRIBUTION.txt}):
 * multinomial logistic regression with Tribuo, seeded, so every start gives the same model.
 *
 * <p>Immutable after training; Tribuo models predict from many threads at once.
 */
public final class IrisModel {
  /** The species, in the order probabilities are listed. */
  public static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

  private static final Logger LOG = LoggerFactory.getLogger(IrisModel.class);
  private static final String DATA = "/ml/iris.csv";
  private static final String[] FEATURES = {"sepal_length", "sepal_width", "petal_length", "petal_width"};
  private static final LabelFactory LABELS = new LabelFactory();

  private final Model<Label> model;
  private final double trainingAccuracy;

  private IrisModel(Model<Label> model, double trainingAccuracy) {
    this.model = model;
    this.trainingAccuracy = trainingAccuracy;
  }

  /** Reads the data set and trains the classifier. */
  public static IrisModel train() {
    long start = System.nanoTime();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("iris.csv", LABELS), LABELS);
    for (Row row : readRows()) {
      data.add(new ArrayExample<>(new Label(row.species()), FEATURES, row.features()));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 50, 42L);
    Model<Label> model = trainer.train(data);
    long correct = data.getData().stream()
        .filter(e -> model.predict(e).getOutput().getLabel().equals(e.getOutput().getLabel()))
        .count();
    IrisModel trained = new IrisModel(model, (double) correct / data.size());
    LOG.info("Trained the iris classifier on {} flowers in {} ms (training accuracy {})", data.size(),
        (System.nanoTime() - start) / 1_000_000, String.format(java.util.Locale.ROOT, "%.3f", trained.trainingAccuracy));
    return trained;
  }

  /** The share of the training flowers the model classifies right (0..1). */
  public double trainingAccuracy() {
    return trainingAccuracy;
  }

  /**
   * The species of a flower and the probability of each species.
   *
   * @param features sepal length, sepal width, petal length, petal width, in cm
   */
  public Result classify(double[] features) {
    Prediction<Label> p = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, FEATURES, features));
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (String species : SPECIES) {
      Label score = p.getOutputScores().get(species);
      probabilities.put(species, score == null ? 0.0 : score.getScore());
    }
    return new Result(p.getOutput().getLabel(), probabilities);
  }

  /**
   * A classification.
   *
   * @param species the most likely species
   * @param probabilities each species' probability, in {@link #SPECIES} order
   */
  public record Result(String species, Map<String, Double> probabilities) {}

  private record Row(double[] features, String species) {}

  private static List<Row> readRows() {
    try (InputStream in = IrisModel.class.getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IllegalStateException(DATA + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().skip(1).filter(l -> !l.isBlank()).map(IrisModel::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Row parse(String line) {
    String[] cells = line.split(",");
    double[] features = new double[4];
    for (int i = 0; i < 4; i++) {
      features[i] = Double.parseDouble(cells[i].trim());
    }
    return new Row(features, cells[4].trim());
  }
}
