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
package io.github.iampolicy.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import io.github.iampolicy.engine.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The OASIS SARIF 2.1.0 schema from the test data ({@code src/test/resources/data}), loaded offline: the schema's own id is
 * served from the local file and any other http(s) fetch fails the test, so validation never depends
 * on the network.
 */
final class SarifSchema {

    static final Path FILE = TestData.resolve("data/sarif-schema-2.1.0.json");

    private static JsonSchema schema;

    private SarifSchema() {}

    static synchronized JsonSchema get() {
        if (schema == null) {
            try {
                byte[] bytes = Files.readAllBytes(FILE);
                JsonNode node = new ObjectMapper().readTree(bytes);
                // The file declares its draft (draft-04, with "id" rather than "$id"); use what it says.
                SpecVersion.VersionFlag draft = SpecVersionDetector.detect(node);
                String id = node.has("$id")
                        ? node.get("$id").textValue()
                        : node.get("id").textValue();
                JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                        draft,
                        b -> b.schemaLoaders(l -> l.add(iri -> {
                            String uri = iri.toString();
                            if (uri.equals(id)) {
                                return () -> new ByteArrayInputStream(bytes);
                            }
                            if (uri.startsWith("http:") || uri.startsWith("https:")) {
                                throw new AssertionError("schema validator tried to fetch " + uri);
                            }
                            return null;
                        })));
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build();
                schema = factory.getSchema(SchemaLocation.of(id), config);
                schema.initializeValidators();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the SARIF schema " + FILE.toAbsolutePath(), e);
            }
        }
        return schema;
    }

    static List<String> errors(JsonNode sarif) {
        Set<ValidationMessage> messages = get().validate(sarif);
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }
}
