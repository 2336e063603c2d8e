package io.brisk.bench.jmh;

import io.brisk.Brisk;
import io.brisk.HttpMethod;
import io.brisk.ValidationError;
import io.brisk.annotation.Post;
import io.brisk.annotation.Status;
import io.brisk.spi.ArgumentsValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a {@link Product} body (six constrained fields, a list of nested records) through
 * the route's {@link ArgumentsValidator}, which the validation module (framework-validation) makes
 * at start-up; {@code hibernate*} call Hibernate Validator directly on the same record, as the
 * floor. Fails at set-up when the validation module is not on the classpath.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING})
public class ValidationBenchmark {
  /** The route whose body is validated. */
  public static final class ProductsApi {
    /** Creates a product. */
    @Post("/products")
    @Status(201)
    public Product create(@Valid Product product) {
      return product;
    }
  }

  private ArgumentsValidator routeValidator;
  private Validator hibernate;
  private Object[] validArgs;
  private Object[] invalidArgs;
  private final boolean[] bound = {true};
  private Product valid;
  private Product invalid;

  /** Builds the route validator and a direct Hibernate Validator, and checks both. */
  @Setup
  public void setUp() {
    Brisk app = Brisk.create().include(new ProductsApi());
    routeValidator = Internals.route(app, HttpMethod.POST, "/products").validator();
    if (routeValidator == null) {
      throw new IllegalStateException("POST /products has no validator: is framework-validation on the classpath?");
    }
    hibernate = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    valid = Product.sample(1);
    invalid = Product.invalid();
    validArgs = new Object[] {valid};
    invalidArgs = new Object[] {invalid};
    if (!briskValid().isEmpty() || briskInvalid().size() != 2) {
      throw new IllegalStateException("unexpected validation result: " + briskValid() + " / " + briskInvalid());
    }
  }

  /** A valid product through the route validator. */
  @Benchmark
  public List<ValidationError> briskValid() {
    List<ValidationError> errors = new ArrayList<>(0);
    routeValidator.validate(validArgs, bound, errors);
    return errors;
  }

  /** A product with two violations through the route validator. */
  @Benchmark
  public List<ValidationError> briskInvalid() {
    List<ValidationError> errors = new ArrayList<>(0);
    routeValidator.validate(invalidArgs, bound, errors);
    return errors;
  }

  /** A valid product through Hibernate Validator directly. */
  @Benchmark
  public Set<ConstraintViolation<Product>> hibernateValid() {
    return hibernate.validate(valid);
  }

  /** A product with two violations through Hibernate Validator directly. */
  @Benchmark
  public Set<ConstraintViolation<Product>> hibernateInvalid() {
    return hibernate.validate(invalid);
  }
}
