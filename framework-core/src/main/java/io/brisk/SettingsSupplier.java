package io.brisk;

import java.util.List;

/** Makes a settings value with the app's converters and validator. */
final class SettingsSupplier<R extends Record> {
  private final SettingsLoader<R> loader;
  private final Brisk app;

  SettingsSupplier(SettingsLoader<R> loader, Brisk app) {
    this.loader = loader;
    this.app = app;
  }

  /** Loads and checks the settings. */
  public Object get() {
    R value = loader.load(app.converters());
    if (app.validatorProvider() != null) {
      List<ValidationError> errors = app.validatorProvider().validateObject(value);
      if (!errors.isEmpty()) {
        StringBuilder sb = new StringBuilder("Settings " + loader.type().getSimpleName() + " are invalid: ");
        for (ValidationError e : errors) {
          String field = e.loc().isEmpty() ? "" : String.valueOf(e.loc().get(e.loc().size() - 1));
          sb.append(SettingsLoader.envName(field)).append(": ").append(e.msg()).append("; ");
        }
        throw new IllegalStateException(sb.substring(0, sb.length() - 2));
      }
    }
    return value;
  }
}

