/*
 * Copyright 2026 The iam-policy-maven-plugin authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.iampolicy.engine.discovery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a Terraform plan ({@code terraform show -json}) too large for {@code maxFileSize} without holding it:
 * the tokens are walked, and only one resource of {@code planned_values} or one entry of
 * {@code resource_changes} is built as a tree at a time, so memory is bounded by the largest resource, not by
 * the plan. Everything else ({@code prior_state}, {@code configuration}, ...) is skipped unread.
 *
 * <p>The policies found are those {@link Terraform#extractPlan} finds in the same plan, in the order the
 * plan lists its sections (Terraform writes {@code planned_values} before {@code resource_changes}).
 */
final class TerraformPlanStream {

    private final ExtractionContext ctx;
    private final TreeReader reader;
    private final Set<String> seen = new HashSet<>();

    private TerraformPlanStream(ExtractionContext ctx) {
        this.ctx = ctx;
        this.reader = ctx.reader;
    }

    /**
     * Whether the first bytes of a file are those of a plan: a {@code format_version} and one of the sections
     * that hold resources.
     */
    static boolean looksLikePlan(String start) {
        return start.contains("\"format_version\"")
                && (start.contains("\"planned_values\"") || start.contains("\"resource_changes\""));
    }

    /** The policies of the plan in {@code f}, read with {@code reader}, whose file limit is the plan limit. */
    static ExtractedFile read(SourceFile f, TreeReader reader) {
        // the text is not kept: an embedded policy is then located at its attribute, as in a one-line plan
        ExtractionContext ctx = new ExtractionContext(f, "", reader);
        try (InputStream in = Files.newInputStream(f.path());
                JsonParser p = reader.streamingParser(in)) {
            new TerraformPlanStream(ctx).root(p);
        } catch (TreeParseException e) {
            String message = e.limitExceeded() ? e.getMessage() : "not valid JSON: " + e.getMessage();
            ctx.problem(e.location(), message, true, e.limitExceeded());
        } catch (IOException | SecurityException e) {
            ctx.problem(Location.START, "the file cannot be read: " + e.getMessage(), true, false);
        }
        return ctx.result();
    }

    private void root(JsonParser p) throws IOException, TreeParseException {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TreeParseException("a Terraform plan is a JSON object", TreeReader.tokenLocation(p));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("planned_values") && value == JsonToken.START_OBJECT) {
                    plannedValues(p);
                } else if (name.equals("resource_changes") && value == JsonToken.START_ARRAY) {
                    changes(p);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new TreeParseException(
                        "unexpected content after the end of the JSON value", TreeReader.tokenLocation(p));
            }
        } catch (TreeParseException e) {
            throw e;
        } catch (IOException e) {
            throw reader.problem(e, p);
        }
    }

    private void plannedValues(JsonParser p) throws IOException, TreeParseException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.START_OBJECT && name.equals("root_module")) {
                module(p, "planned_values.root_module");
            } else {
                p.skipChildren();
            }
        }
    }

    private void module(JsonParser p, String path) throws IOException, TreeParseException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value != JsonToken.START_ARRAY || !(name.equals("resources") || name.equals("child_modules"))) {
                p.skipChildren();
                continue;
            }
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
                if (name.equals("child_modules") && t == JsonToken.START_OBJECT) {
                    module(p, path + ".child_modules[" + i + "]");
                } else if (name.equals("resources")
                        && reader.readCurrent(p) instanceof ObjectNode r
                        && r.get("values") instanceof ObjectNode values) {
                    Terraform.resource(ctx, r, values, path + ".resources[" + i + "].values", seen);
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private void changes(JsonParser p) throws IOException, TreeParseException {
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            if (reader.readCurrent(p) instanceof ObjectNode change
                    && change.get("change") instanceof ObjectNode c
                    && c.get("after") instanceof ObjectNode after) {
                Terraform.resource(ctx, change, after, "resource_changes[" + i + "].change.after", seen);
            }
        }
    }
}
