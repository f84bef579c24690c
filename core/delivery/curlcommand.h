// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/requestbuilder.h"

#include <QString>

namespace Hookflow {

/// Whether a curl command carries the request's secrets or the "[redacted]" copies.
enum class CurlSecrets { Include, Redact };

/// Quotes `text` for a POSIX shell: one single-quoted word, a `'` written as `'\''`.
QString shellQuote(const QString &text);

/// A POSIX-shell command that makes curl send `request`: `-X` with the method, the URL with
/// globbing off, every header as `-H` in order (an empty value as `Name;`, curl's way to send
/// one) and the body with `--data-binary` (through stdin when it starts with `@`), so that curl
/// sends its bytes unchanged. Lines are continued with a backslash. With CurlSecrets::Redact
/// the URL, headers and body are the PreparedRequest's redacted copies.
QString curlCommand(const PreparedRequest &request, CurlSecrets secrets = CurlSecrets::Include);

} // namespace Hookflow
