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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {

    @TempDir
    Path dir;

    private static final ReportContext CONTEXT = ReportContext.of(ToolInfo.plugin("1.0.0"));

    @Test
    void writesEachFormatAndEchoesOnlyConsoleFormats() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportOutput.Written written = ReportOutput.write(
                ReportFormats.parse("json,github"),
                ReportFixtures.sample(),
                CONTEXT,
                dir,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(List.of(dir.resolve("iam-policy.json"), dir.resolve("iam-policy-github.txt")), written.files());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(Files.readString(dir.resolve("iam-policy-github.txt")), printed);
        assertTrue(printed.startsWith("::"), printed);
    }

    @Test
    void aReportThatCannotBeWrittenNamesTheFormatAndFile() throws IOException {
        Path blocked = Files.writeString(dir.resolve("file"), "x");
        ReportOutput.ReportException e = assertThrows(
                ReportOutput.ReportException.class,
                () -> ReportOutput.write(
                        ReportFormats.parse("json"), ReportFixtures.sample(), CONTEXT, blocked, System.out));
        assertTrue(e.getMessage().startsWith("cannot write the IAM policy json report to "), e.getMessage());
    }
}
