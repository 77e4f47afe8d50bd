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
package io.github.iampolicy.engine.rules.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The value formats of the condition operators, and the address ranges that never reach AWS's public endpoints. */
final class ConditionValues {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}" + "(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{1,13}");
    private static final Pattern IPV4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    /** Private, loopback, link-local and shared ranges: address, prefix length. */
    /** A private, loopback, link-local or carrier-grade range: its network address and prefix length. */
    private record Range(long network, int prefix) {}

    private static final List<Range> PRIVATE_V4 = List.of(
            new Range(0x0A000000L, 8),
            new Range(0xAC100000L, 12),
            new Range(0xC0A80000L, 16),
            new Range(0x7F000000L, 8),
            new Range(0xA9FE0000L, 16),
            new Range(0x64400000L, 10));

    private ConditionValues() {}

    static boolean isNumber(String v) {
        return NUMBER.matcher(v).matches();
    }

    /** ISO 8601 as AWS accepts it (a day, or a day and time), or seconds since the epoch. */
    static boolean isDate(String v) {
        return DATE.matcher(v).matches() || EPOCH.matcher(v).matches();
    }

    static boolean isBool(String v) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    /** An IPv4 or IPv6 address with an optional prefix length. */
    static boolean isCidr(String v) {
        return v.contains(":") ? isIpv6Cidr(v) : ipv4(v) != null;
    }

    /** Whether the whole IPv4 network (or IPv6 private, link-local or loopback network) is never public. */
    static boolean isPrivate(String v) {
        if (v.contains(":")) {
            String lower = v.toLowerCase(Locale.ROOT);
            return isIpv6Cidr(v)
                    && (lower.startsWith("fc")
                            || lower.startsWith("fd")
                            || lower.startsWith("fe8")
                            || lower.startsWith("fe9")
                            || lower.startsWith("fea")
                            || lower.startsWith("feb")
                            || lower.equals("::1")
                            || lower.equals("::1/128"));
        }
        long[] net = ipv4(v);
        if (net == null) {
            return false;
        }
        for (Range range : PRIVATE_V4) {
            long mask = range.prefix() == 0 ? 0 : (0xFFFFFFFFL << (32 - range.prefix())) & 0xFFFFFFFFL;
            if (net[1] >= range.prefix() && (net[0] & mask) == range.network()) {
                return true;
            }
        }
        return false;
    }

    /** The address as a number and the prefix length, or {@code null} when malformed. */
    private static long[] ipv4(String v) {
        var m = IPV4.matcher(v);
        if (!m.matches()) {
            return null;
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return null;
            }
            address = (address << 8) | octet;
        }
        int prefix = m.group(6) == null ? 32 : Integer.parseInt(m.group(6));
        return prefix > 32 ? null : new long[] {address, prefix};
    }

    private static boolean isIpv6Cidr(String v) {
        String address = v;
        int slash = v.indexOf('/');
        if (slash >= 0) {
            String prefix = v.substring(slash + 1);
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > 128) {
                return false;
            }
            address = v.substring(0, slash);
        }
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] parts = address.replace("::", ":!:").split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("!") || (p.isEmpty() && doubleColon >= 0)) {
                continue;
            }
            if (i == parts.length - 1 && p.contains(".")) {
                if (ipv4(p) == null) {
                    return false;
                }
                groups += 2;
            } else if (HEX_GROUP.matcher(p).matches()) {
                groups++;
            } else {
                return false;
            }
        }
        return doubleColon >= 0 ? groups < 8 : groups == 8;
    }
}
