package io.brisk.openapi.internal.javadoc;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Captures the Javadoc of handler methods at compile time, so that the OpenAPI document has
 * summaries and descriptions without sources at run time.
 *
 * <p>For each class with methods annotated {@code @Get}, {@code @Post}... it writes
 * {@code META-INF/brisk/javadoc/<binary class name>.properties}: the method's main description
 * (key: its erased signature, {@code read(long,java.util.Optional)}), each {@code @param}
 * (key + {@code .param.<name>}) and {@code @return} (key + {@code .return}), in Markdown. It
 * claims no annotation, so other processors still see them. Used by javac only, one instance per
 * compilation, on javac's thread.
 */
public final class JavadocProcessor extends AbstractProcessor {
  /** Where the resources go, ending with a slash. */
  public static final String FOLDER = "META-INF/brisk/javadoc/";

  private static final Set<String> MAPPINGS = Set.of(
      "io.brisk.annotation.Get", "io.brisk.annotation.Post", "io.brisk.annotation.Put",
      "io.brisk.annotation.Patch", "io.brisk.annotation.Delete", "io.brisk.annotation.Head",
      "io.brisk.annotation.Options");

  /** A processor, created by javac through the service file. */
  public JavadocProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return MAPPINGS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, Map<String, String>> byClass = new TreeMap<>();
    Map<String, List<Element>> origins = new LinkedHashMap<>();
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (!(e instanceof ExecutableElement method) || !(method.getEnclosingElement() instanceof TypeElement owner)) {
          continue;
        }
        String comment = processingEnv.getElementUtils().getDocComment(method);
        if (comment == null || comment.isBlank()) {
          continue;
        }
        String className = processingEnv.getElementUtils().getBinaryName(owner).toString();
        Map<String, String> entries = byClass.computeIfAbsent(className, k -> new TreeMap<>());
        origins.computeIfAbsent(className, k -> new ArrayList<>()).add(owner);
        String key = signature(method);
        JavadocText text = JavadocText.parse(comment);
        if (!text.main().isEmpty()) {
          entries.put(key, text.main());
        }
        for (Map.Entry<String, String> p : text.params().entrySet()) {
          entries.put(key + ".param." + p.getKey(), p.getValue());
        }
        if (!text.returns().isEmpty()) {
          entries.put(key + ".return", text.returns());
        }
      }
    }
    for (Map.Entry<String, Map<String, String>> e : byClass.entrySet()) {
      write(e.getKey(), e.getValue(), origins.get(e.getKey()).toArray(Element[]::new));
    }
    return false;
  }

  private void write(String className, Map<String, String> entries, Element[] origins) {
    try {
      FileObject file = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", FOLDER + className + ".properties", origins);
      try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        w.write("# Javadoc of " + className + "'s handlers, for Brisk's OpenAPI document\n");
        for (Map.Entry<String, String> e : entries.entrySet()) {
          w.write(Properties.escape(e.getKey(), true));
          w.write('=');
          w.write(Properties.escape(e.getValue(), false));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "Brisk could not save the Javadoc of " + className + ": " + e.getMessage());
    }
  }

  /** The erased signature, as {@code Method} gives it at run time: {@code name(long,a.B$C,int[])}. */
  private String signature(ExecutableElement method) {
    StringBuilder sb = new StringBuilder(method.getSimpleName()).append('(');
    List<? extends VariableElement> params = method.getParameters();
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(typeName(processingEnv.getTypeUtils().erasure(params.get(i).asType())));
    }
    return sb.append(')').toString();
  }

  private String typeName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return typeName(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return processingEnv.getElementUtils().getBinaryName((TypeElement) ((DeclaredType) type).asElement()).toString();
    }
    return type.toString();
  }

  /** The escaping of {@code java.util.Properties} files (read back as UTF-8). */
  static final class Properties {
    private Properties() {}

    static String escape(String s, boolean key) {
      StringBuilder sb = new StringBuilder(s.length() + 8);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          case '\f' -> sb.append("\\f");
          case '=', ':', '#', '!' -> sb.append('\\').append(c);
          case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
          default -> sb.append(c);
        }
      }
      return sb.toString();
    }
  }
}
