// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlcommand.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hookflow {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const PreparedRequest &request, CurlSecrets secrets)
{
    const bool redact = secrets == CurlSecrets::Redact;
    QStringList lines;
    // --globoff: a URL may hold [] or {} that curl would otherwise expand.
    lines.append(
        u"curl --globoff -X "_s + shellQuote(request.method) + u' '
        + shellQuote(redact ? request.redactedUrl() : request.url.toString(QUrl::FullyEncoded)));
    const HeaderList headers = redact ? request.redactedHeaders() : request.headers;
    for (const auto &[name, value] : headers) {
        // "Name:" would make curl drop the header; "Name;" sends it with an empty value.
        const QString header = value.isEmpty() ? QString(name + u';')
                                               : QString(name + u": "_s + value);
        lines.append(u"-H "_s + shellQuote(header));
    }
    QString pipe;
    if (!request.body.isEmpty() || request.method != u"GET") {
        const QString body = redact ? request.redactedBody() : QString::fromUtf8(request.body);
        if (body.startsWith(u'@')) {
            // curl would read "@name" as a file name; feed such a body through stdin instead.
            pipe = u"printf '%s' "_s + shellQuote(body) + u" | "_s;
            lines.append(u"--data-binary @-"_s);
        } else {
            lines.append(u"--data-binary "_s + shellQuote(body));
        }
    }
    return pipe + lines.join(u" \\\n  "_s);
}

} // namespace Hookflow
