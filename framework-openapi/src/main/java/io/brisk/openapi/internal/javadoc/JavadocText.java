package io.brisk.openapi.internal.javadoc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A doc comment turned into Markdown: its main description, {@code @param} texts and
 * {@code @return} text. Inline tags become code ({@code {@code x}}, {@code {@link A#b}}) or text
 * ({@code {@literal x}}, a link's label); common HTML ({@code <p>}, {@code <code>}, {@code <em>},
 * {@code <strong>}, {@code <li>}) becomes its Markdown form.
 *
 * @param main the main description, empty when none
 * @param params the {@code @param} texts by parameter name
 * @param returns the {@code @return} text, empty when none
 */
record JavadocText(String main, Map<String, String> params, String returns) {

  static JavadocText parse(String comment) {
    StringBuilder main = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    String returns = "";
    StringBuilder current = main;
    String tag = null;
    String paramName = null;
    StringBuilder tagText = new StringBuilder();
    for (String rawLine : comment.split("\n", -1)) {
      String line = rawLine.startsWith(" ") ? rawLine.substring(1) : rawLine;
      String trimmed = line.strip();
      if (trimmed.startsWith("@") && !trimmed.startsWith("@{")) {
        if (tag != null) {
          returns = finish(tag, paramName, tagText, params, returns);
        }
        int space = firstSpace(trimmed);
        tag = trimmed.substring(0, space);
        String rest = trimmed.substring(space).strip();
        paramName = null;
        if (tag.equals("@param")) {
          int s2 = firstSpace(rest);
          paramName = rest.substring(0, s2);
          rest = rest.substring(s2).strip();
        }
        tagText = new StringBuilder(rest);
        current = tagText;
        continue;
      }
      if (current.length() > 0 || !trimmed.isEmpty()) {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(current == main ? line.stripTrailing() : trimmed);
      }
    }
    if (tag != null) {
      returns = finish(tag, paramName, tagText, params, returns);
    }
    return new JavadocText(markdown(main.toString()), params, returns);
  }

  private static String finish(String tag, String paramName, StringBuilder text, Map<String, String> params, String returns) {
    String md = markdown(text.toString());
    if (tag.equals("@param") && paramName != null && !paramName.startsWith("<") && !md.isEmpty()) {
      params.put(paramName, md);
    } else if (tag.equals("@return") && !md.isEmpty()) {
      return md;
    }
    return returns;
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return s.length();
  }

  /** Inline tags and common HTML to Markdown; paragraphs separated by one blank line. */
  static String markdown(String text) {
    String s = inlineTags(text);
    s = s.replaceAll("(?i)\\s*<p>\\s*", "\n\n").replaceAll("(?i)</p>", "")
        .replaceAll("(?i)<br\\s*/?>", "  \n")
        .replaceAll("(?i)</?(code|tt)>", "`")
        .replaceAll("(?i)</?(em|i)>", "*")
        .replaceAll("(?i)</?(strong|b)>", "**")
        .replaceAll("(?i)\\s*<li>\\s*", "\n- ").replaceAll("(?i)</li>", "")
        .replaceAll("(?i)\\s*</?(ul|ol)>\\s*", "\n\n")
        .replaceAll("(?i)</?pre>", "\n```\n");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#64;", "@").replace("&amp;", "&");
    s = s.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    return s.strip();
  }

  private static String inlineTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("{@", i)) {
        int end = closing(text, i);
        if (end < 0) {
          out.append(text.substring(i));
          break;
        }
        String body = text.substring(i + 2, end);
        int space = firstSpace(body);
        String name = body.substring(0, space);
        String arg = body.substring(space).strip();
        out.append(switch (name) {
          case "code" -> "`" + arg + "`";
          case "literal", "value", "index", "summary" -> arg;
          case "link", "linkplain" -> link(arg, name.equals("link"));
          default -> arg;
        });
        i = end + 1;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static String link(String arg, boolean code) {
    int space = firstSpace(arg);
    String target = arg.substring(0, space);
    String label = arg.substring(space).strip();
    if (!label.isEmpty()) {
      return label;
    }
    String shown = target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
    return code ? "`" + shown + "`" : shown;
  }

  private static int closing(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
