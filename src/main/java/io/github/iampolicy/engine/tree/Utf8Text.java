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
package io.github.iampolicy.engine.tree;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a file's bytes. A replacing decoder would turn a bad byte into U+FFFD and let the
 * file pass as something it is not, so a bad byte is a located error instead.
 */
final class Utf8Text {

    private Utf8Text() {}

    /** Strictly decodes UTF-8, skipping a leading byte-order mark; a bad byte is a located error. */
    static String decode(byte[] bytes) throws TreeParseException {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            Location at = positionAfter(out);
            throw new TreeParseException(
                    String.format("invalid UTF-8 byte 0x%02X: files are read as UTF-8", bytes[in.position()] & 0xFF),
                    at);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The line and column just after the text decoded so far, counting CRLF, CR and LF as one line break. */
    private static Location positionAfter(CharSequence decoded) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        return new Location(line, col);
    }
}
