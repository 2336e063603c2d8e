/**
 * OpenAPI for Brisk apps: the document ({@code /openapi.json}, {@code /openapi.yaml}) built from
 * the route model, Swagger UI ({@code /docs}) and ReDoc ({@code /redoc}) served from the classpath,
 * and the annotations that add what the route model cannot know (extra responses, headers,
 * examples).
 *
 * <p>Putting the module on the classpath is enough; {@link io.brisk.openapi.OpenApiPlugin} with an
 * {@link io.brisk.openapi.OpenApiConfig} configures it in code.
 */
package io.brisk.openapi;
