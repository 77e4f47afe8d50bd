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
package io.github.iampolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocationTest {

    @Test
    void urlsPathsAndWindowsDrives() {
        assertTrue(ConfigLocation.isUrl("https://config.example.com/iam.json"));
        assertTrue(ConfigLocation.isUrl("file:///tmp/iam.json"));
        assertFalse(ConfigLocation.isUrl("config/iam.json"));
        assertFalse(ConfigLocation.isUrl("C:\\config\\iam.json"));
        assertFalse(ConfigLocation.isUrl("C:/config/iam.json"));
    }

    @Test
    void opensAUrlAPathAndAClassPathResource(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"suppressions\": []}");
        try (InputStream in =
                ConfigLocation.open(file.toUri().toString(), Path.of("/nonexistent"), "suppressionsFile")) {
            assertEquals("{\"suppressions\": []}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = ConfigLocation.open("s.json", dir, "suppressionsFile")) {
            assertEquals(20, in.readAllBytes().length);
        }
        try (InputStream in = ConfigLocation.open("classpath:/suppress-shared/suppressions.json", dir, "x")) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"suppressions\""));
        }
    }

    @Test
    void anUnreadableUrlIsAConfigurationError(@TempDir Path dir) throws IOException {
        String missing = dir.resolve("absent.json").toUri().toString();
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> ConfigLocation.open(missing, dir, "suppressionsFile"));
        assertTrue(e.getMessage().startsWith("suppressionsFile " + missing + " cannot be read"), e.getMessage());
    }
}
