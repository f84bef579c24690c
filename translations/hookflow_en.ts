<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Audiences</name>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a cohort file starts with a header row holding a user_id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has two user_id columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no user_id column (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>row skipped: the header has %n column(s) but this row has %1</source>
        <translation>
            <numerusform>row skipped: the header has %n column but this row has %1</numerusform>
            <numerusform>row skipped: the header has %n columns but this row has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row skipped: the user_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already listed on line %2; counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cohort has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file uses %1 format %2, which is newer than this version of Hookflow reads (format 1); update Hookflow to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported %1 format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; differs from the file&apos;s name &quot;%2&quot;; rename the file or change the key so that references cannot be read two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rules: every user belongs to this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle allows at most 10 rules; this %1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle allows at most 10 conditions in a rule; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to itself (%2); it is not used until the loop is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to itself (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: segment files are named NAME%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable segment name: it must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file %1 has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: cohort files are named NAME.csv (a list of user ids) or NAME%1 (a behavioural definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable cohort name: it must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort &quot;%1&quot; is also defined by %2; neither is used until one is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is defined by two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not defined in this workspace; this condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used (%2); this condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep, so it is not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition names no segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition names no cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not defined in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignFormat</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (kept as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration must be an object such as {&quot;amount&quot;: 7, &quot;unit&quot;: &quot;days&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (use minutes, hours or days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot; (use user_id, user_property, hackle_property, event_property, segment, cohort or event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;match&quot; or &quot;not_match&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (use in, contains, starts_with, ends_with, gt, gte, lt or lte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value type &quot;%1&quot; (use string, number, boolean, version or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a [&quot;name&quot;, &quot;value&quot;] pair of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node kind &quot;%1&quot; (use trigger, audience, webhook, delay, branch, limit or exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;position&quot; must be [x, y] numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an array of conditions (all must hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign file must hold a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file uses campaign format %1, which is newer than this version of Hookflow reads (format %2); update Hookflow to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported campaign format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use ready, running, paused or ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge must be an object such as {&quot;from&quot;: &quot;a&quot;, &quot;to&quot;: &quot;b&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array of rules, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;where&quot; belongs to behavioural conditions (key type &quot;event&quot;) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;where&quot; must be an array of event_property conditions, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;where&quot; condition looks at the event&apos;s properties: its key type must be &quot;event_property&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header name to redact must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the users file were skipped
</source>
        <translation>
            <numerusform>%n row of the users file was skipped
</numerusform>
            <numerusform>%n rows of the users file were skipped
</numerusform>
        </translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time such as 2026-11-27T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeted %1, matched %2, sent %3, delivered %4, failed %5, skipped %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n warning(s))
</source>
        <translation>
            <numerusform>%1: ok (%n warning)
</numerusform>
            <numerusform>%1: ok (%n warnings)
</numerusform>
        </translation>
    </message>
    <message>
        <source>render takes one campaign file and --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this user is not targeted by the flow: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no webhook node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no webhook node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template needs --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be text, json, url or header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match takes one campaign file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: targeted (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users targeted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire takes one campaign file and --event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: failed: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes one campaign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json, csv or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run must be a run number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no results database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <comment>size of a captured request body</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --port N       port to listen on (default 0: any free port)
  --status CODE  status of every response, 100-599 (default 200)
  --delay MS     milliseconds to wait before each response (default 0)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;: expected a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid status &apos;%1&apos;: expected a number from 100 to 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid delay &apos;%1&apos;: expected a number of milliseconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users import takes one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the users into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2
</source>
        <extracomment>%1 is &quot;Imported %n user(s)&quot;, %2 is &quot;skipped %n row(s)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s)</source>
        <translation>
            <numerusform>Imported %n user</numerusform>
            <numerusform>Imported %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s)</source>
        <translation>
            <numerusform>skipped %n row</numerusform>
            <numerusform>skipped %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>users generate takes the number of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of users must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time such as 2026-11-27T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .json, .jsonl or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n user(s)
</source>
        <translation>
            <numerusform>Generated %n user
</numerusform>
            <numerusform>Generated %n users
</numerusform>
        </translation>
    </message>
    <message>
        <source>users list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users needs a subcommand: import, generate or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown users subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookflow-cli: error: unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2 (workspace %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fired: the campaign refers to a segment or cohort that cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire --resume takes a run id and no campaign file: the run recorded its campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attempts must be a number from 1 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume takes the number of a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: attempt %3: %4; retrying in %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 is set in this environment and is used instead while it is
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets set takes one secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a secret: use letters, digits and _, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value of %1 from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 is empty; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 stored in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets list takes no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secrets in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets remove takes one secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 removed from %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 was copied but could not be removed from %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets backend takes at most one backend name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--move needs the backend to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets backend is &quot;file&quot; or &quot;keychain&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep secrets in the OS keychain here: %1; the workspace keeps using its secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets were not moved and the workspace still uses %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n secret(s) stay in %1 and are no longer used: %2; set them again with &quot;hookflow-cli secrets set NAME&quot;, or switch back and use --move
</source>
        <translation>
            <numerusform>note: %n secret stays in %1 and is no longer used: %2; set it again with &quot;hookflow-cli secrets set NAME&quot;, or switch back and use --move
</numerusform>
            <numerusform>note: %n secrets stay in %1 and are no longer used: %2; set them again with &quot;hookflow-cli secrets set NAME&quot;, or switch back and use --move
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets needs set, list, remove or backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown secrets command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hookflow-cli [--json] COMMAND [ARGS]

Commands:
  validate FILE...                         load and validate campaign files
  render FILE --user JSON|PATH [--event JSON|PATH] [--node ID] [--show-secrets]
                                           print the exact request(s) a user would get
  template --text T --context JSON [--mode text|json|url|header]
                                           render one template
  match FILE [--users PATH] [--event JSON|PATH] [--now ISO8601] [--explain]
                                           which sample users the flow targets, and why
  fire FILE [--users PATH] --event JSON|PATH [--db PATH] [--dry-run] [--target URL]
       [--now ISO8601] [--concurrency N] [--timeout MS]
                                           test-fire a campaign
  report KEY [--db PATH] [--run ID] [--format text|json|csv|html]
                                           the delivery report
  catch [--port N] [--status CODE] [--delay MS]
                                           run the built-in capture endpoint
  users import PATH [--db PATH] | users generate N [--seed S] | users list
                                           sample-user data
  secrets set NAME [--value V] | secrets list | secrets remove NAME
  secrets backend [file|keychain] [--move]   (each takes --workspace DIR)
                                           the workspace&apos;s secrets (values from stdin)

Exit codes: 0 success, 1 invalid input or failed check, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompiledRules</name>
    <message>
        <source>Segment and cohort conditions need the sample users themselves, and this store did not keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural conditions on event properties need the sample users themselves, and this store did not keep them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionValues</name>
    <message>
        <source>write the values as a JSON array, e.g. [1, &quot;a&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPolicy</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of %4 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot; is ignored (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (use &quot;test-fire&quot; or &quot;production&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown HTTP/2 mode &quot;%1&quot; (use &quot;off&quot;, &quot;allowed&quot; or &quot;prior-knowledge&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the certificate&apos;s SHA-256 as 64 hex digits or in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <comment>the first attempt goes at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <comment>a random delay of at most this</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (each retry ±%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate limit needs a &quot;count&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rate period &quot;%1&quot; (use &quot;second&quot; or &quot;minute&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown validation profile &quot;%1&quot; (use &quot;hackle&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowMatcher</name>
    <message>
        <source>%1: no rules, everyone passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rule holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the event is &quot;%2&quot;, the trigger waits for &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot; starts the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the event&apos;s properties do not pass the trigger&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: receives this webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: passes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: leaves the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow reaches no webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::AudienceEditor</name>
    <message>
        <source>Users who pass the rules go on through &lt;b&gt;Yes&lt;/b&gt;; everyone else through &lt;b&gt;No&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users who pass the rules continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample users to see how many this targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the audience yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Targets &lt;b&gt;%1&lt;/b&gt; of %n sample user(s)</source>
        <translation>
            <numerusform>Targets &lt;b&gt;%1&lt;/b&gt; of %n sample user</numerusform>
            <numerusform>Targets &lt;b&gt;%1&lt;/b&gt; of %n sample users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes for &lt;b&gt;%1&lt;/b&gt; of %n sample user(s)</source>
        <translation>
            <numerusform>Yes for &lt;b&gt;%1&lt;/b&gt; of %n sample user</numerusform>
            <numerusform>Yes for &lt;b&gt;%1&lt;/b&gt; of %n sample users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::CampaignDocument</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no file yet; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node id uses letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and starts with a letter, digit or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is running; nothing was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node cannot lead to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exit ends the flow; it has no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can lead into a trigger: it is where the flow starts, and a campaign has only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect from the branch&apos;s &quot;yes&quot; or &quot;no&quot; output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a branch has &quot;yes&quot; and &quot;no&quot; outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these nodes are already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would make a loop: &quot;%1&quot; already leads to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard does not hold Hookflow nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold Hookflow nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign is running; nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::CampaignEditor</name>
    <message>
        <source>&lt;b&gt;Campaign&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What marketers call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique key; templates read it as {{campaign.key}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step on the canvas to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the campaign is running. Pause it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet. Test-fire it, then start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: trigger events send webhooks. Pause it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: nothing is sent until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: it will not send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once to one host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;host at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many requests of the campaign in any second or minute, to all hosts together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many failures in a row to one host, its deliveries are paused (not failed) for the pause time; then one request probes whether it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures in a row that &amp;pause a host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failures count only when they all fall within this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… all &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the host &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against Hackle&apos;s webhook r&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS only (http:// only to this computer), GET, POST, PUT, PATCH or DELETE, Content-Type: application/json and no body on GET: breaking one of them is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version can show these settings but not change them; edit &quot;delivery&quot; in the campaign file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::CampaignListModel</name>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n error(s)</source>
        <translation>
            <numerusform>%1 · %n error</numerusform>
            <numerusform>%1 · %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::CapturedRequestModel</name>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::Catcher</name>
    <message>
        <source>The capture endpoint cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::CatcherPanel</name>
    <message>
        <source>C&amp;lear Catcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the requests the catcher received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 — test fires sent to the catcher arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catcher is not listening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::ConditionEditor</name>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the condition looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several values with commas; any of them matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the values compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count events where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count events where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must or must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must or must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event key, e.g. purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times, e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[&quot;a&quot;, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::ConditionListEditor</name>
    <message>
        <source>+ Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::DelayEditor</name>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users wait this long, then go on to the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::DeliveryModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-id: %1
protocol: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::ExitEditor</name>
    <message>
        <source>Users who reach this step leave the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::FlowScene</name>
    <message>
        <source>edges go from an output to an input: drop on a node&apos;s input port, on its left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edges go from an output to an input: drop on a node&apos;s output port, on its right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect from the branch&apos;s &quot;yes&quot; or &quot;no&quot; output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::FlowView</name>
    <message>
        <source>Select the nodes to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the nodes to cut first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no part of a flow to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the nodes to duplicate first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::Inspector</name>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n node selected</numerusform>
            <numerusform>%n nodes selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::KeyValueModel</name>
    <message>
        <source>new row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::LimitEditor</name>
    <message>
        <source> message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user who already got this many messages in the window stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::MainWindow</name>
    <message>
        <source>Run #%1 is going…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catcher could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every request for the sample users without sending anything (Ctrl+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the campaign to the sample users (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Built-in &amp;Catcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Real URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Flow to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in catcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request goes to the local catcher; nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to the URLs in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where live test-fire requests go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catcher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catcher: not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample users could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened; see Issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookflow campaigns (*.hookflow.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign to validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fire refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Fire Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is already going; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n error(s); fix them before a test fire.</source>
        <translation>
            <numerusform>“%1” has %n error; fix it before a test fire.</numerusform>
            <numerusform>“%1” has %n errors; fix them before a test fire.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sample users to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in catcher is not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Real URLs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test fire will send real requests to the URLs in “%1”. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-firing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 finished: %2 delivered, %3 failed, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookflow %1&lt;/h3&gt;&lt;p&gt;Design webhook campaigns, test-fire them against sample users and read what was delivered.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookflow — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign on the left, open a campaign file with %1 or start a new one with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the campaign&apos;s problems in Issues (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the campaign as running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the flow from left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign to see and edit its nodes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current campaign&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Campaign As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookflow campaigns (*.hookflow.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes to “%1” since it was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the Campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign that was never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hookflow did not close properly last time. Unsaved changes to %n campaign(s) were kept:

%1

Open them again?</source>
        <translation>
            <numerusform>Hookflow did not close properly last time. Unsaved changes to %n campaign were kept:

%1

Open it again?</numerusform>
            <numerusform>Hookflow did not close properly last time. Unsaved changes to %n campaigns were kept:

%1

Open them again?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is running. Pause it while you edit, so that no user gets a half-finished change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect Selected Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the two selected nodes, from the left one to the right one (a branch uses its &quot;yes&quot; output first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two nodes to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op Test Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running test fire: nothing more is sent, and deliveries still waiting for a retry are recorded as failed (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Test Fire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 of “%2” stopped before it finished (Hookflow was closed or crashed). %n delivery(s) were not completed.

Resume it now? Deliveries that may already have arrived are sent again with the same webhook-id, so a receiver that de-duplicates sees each once.</source>
        <translation>
            <numerusform>Run #%1 of “%2” stopped before it finished (Hookflow was closed or crashed). %n delivery was not completed.

Resume it now? A delivery that may already have arrived is sent again with the same webhook-id, so a receiver that de-duplicates sees it once.</numerusform>
            <numerusform>Run #%1 of “%2” stopped before it finished (Hookflow was closed or crashed). %n deliveries were not completed.

Resume it now? Deliveries that may already have arrived are sent again with the same webhook-id, so a receiver that de-duplicates sees each once.</numerusform>
        </translation>
    </message>
    <message>
        <source>the interrupted run was not resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; not resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::MiniMap</name>
    <message>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole flow; click or drag to move the view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::NodeEditor</name>
    <message>
        <source>What reports, the Issues panel and the campaign file call this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the campaign is running. Pause it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::NodeKindModel</name>
    <message>
        <source>Starts the flow when a user does an event, optionally filtered by its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets only the users who match the targeting rules through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one HTTP request, personalized for each user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits a while before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits the flow: users who match the rules go on at “yes”, the others at “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps how often a user goes through: at most a number of times per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Drag onto the canvas, or double-click to add.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::NodePalette</name>
    <message>
        <source>Node palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::RequestPreview</name>
    <message>
        <source>Show &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sample users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample user the request is rendered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values of secrets and authorization headers instead of [redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command (secrets only when shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a webhook node to preview the request it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or generate sample users to preview the request for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sample user to preview the request for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot be built because a template has an error:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no trigger; event properties are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event: %1, with no sample event, so its properties are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would be sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event: %1 at %2 (the latest sample event)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::RuleBuilder</name>
    <message>
        <source>No rules: every user is targeted. Add a rule to narrow the audience down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add rule (or)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who pass any one rule are targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule %1&lt;/b&gt; — all of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle allows at most %1 rules; this audience has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle allows at most %1 conditions in a rule; one rule has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::TemplateEditor</name>
    <message>
        <source>Insert a variable (Ctrl+Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Variable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter without arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>filter with %n argument(s)</source>
        <translation>
            <numerusform>filter with %n argument</numerusform>
            <numerusform>filter with %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filter with up to %n argument(s)</source>
        <translation>
            <numerusform>filter with up to %n argument</numerusform>
            <numerusform>filter with up to %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>filter with %1 to %2 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; options: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::TemplateLexer</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::TestFirePanel</name>
    <message>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to see the request as sent and the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest run #%1 of %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Test fire (F5) sends the campaign to the sample users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── Attempt %1 ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ no response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::TraceModel</name>
    <message>
        <source>✓ Rule %1 passes: every condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Rule %1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at: %1
Value seen: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::TriggerEditor</name>
    <message>
        <source>e.g. purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the event&apos;s properties match all of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add event condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample data has a &quot;%1&quot; event yet; a test fire sends one without properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The conditions hold for %1 of %n sample &quot;%2&quot; event(s).</source>
        <translation>
            <numerusform>The conditions hold for %1 of %n sample &quot;%2&quot; event.</numerusform>
            <numerusform>The conditions hold for %1 of %n sample &quot;%2&quot; events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::UsersModel</name>
    <message numerus="yes">
        <source>%1
%n event(s) in history</source>
        <translation>
            <numerusform>%1
%n event in history</numerusform>
            <numerusform>%1
%n events in history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::VariableListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set for %n sample user(s)</source>
        <translation>
            <numerusform>Set for %n sample user</numerusform>
            <numerusform>Set for %n sample users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen in %n sample event(s)</source>
        <translation>
            <numerusform>Seen in %n sample event</numerusform>
            <numerusform>Seen in %n sample events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::VariablePicker</name>
    <message>
        <source>Search variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::WebhookEditor</name>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Query parameters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Headers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: application/json is always sent. Write secrets as {{secrets.NAME}}; their values never go into the campaign file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Body&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET requests are sent without a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign requests (Standard Webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret name, e.g. signing_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver checks the webhook-signature header with this secret. Only its name is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fire: 5 attempts within 30 min (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: 8 attempts over about a day (Svix&apos;s schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one attempt may take, counted from the moment it is sent (not while it waits its turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attempt fails when the endpoint sends nothing for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed over TLS (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: HTTP/1.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior knowledge: h2c on http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/&amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow redirects (at most 5, never to http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: a 3xx answer then fails the delivery. Credentials and signatures are dropped when a redirect leads to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactivity timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each retry waits this long after the previous attempt failed. From the first attempt to the last takes at most %1, longer only when the endpoint asks for more with Retry-After (up to %2 per retry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hookflow::WhyNotPanel</name>
    <message>
        <source>&lt;b&gt;Why in, why out?&lt;/b&gt; Pick a sample user to see how the rules decide for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by user id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sample users. Import or generate some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #1b7f3b&quot;&gt;✓ &lt;b&gt;%1&lt;/b&gt; is targeted: there are no rules, so everyone is.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #1b7f3b&quot;&gt;✓ &lt;b&gt;%1&lt;/b&gt; is targeted by rule %2.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #b3261e&quot;&gt;✗ &lt;b&gt;%1&lt;/b&gt; is not targeted: every rule has a condition that fails (marked ✗).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpAttempt</name>
    <message>
        <source>the URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; has no scheme; only http:// and https:// URLs are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL scheme &quot;%1:&quot; is refused; only http:// and https:// URLs are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 ms of sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not match the pinned one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was longer than %1 MiB; it was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects; the last one pointed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect was not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect from https to %1 was refused: it would send the request unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(redirects are not followed unless the policy allows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent HTTP %1 and then no final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response (HTTP %1) stalled: no data for %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response (HTTP %1) broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response (HTTP %1) broke off after %2 of its %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>invalid value (expected a string, number, object, array, true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string (escape it, e.g. \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValidator</name>
    <message>
        <source>more text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits after its decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character must be escaped inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;\%1&quot; is not a JSON escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member name must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number too large for a receiver to read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n filter(s)</source>
        <translation>
            <numerusform>%1 · %n filter</numerusform>
            <numerusform>%1 · %n filters</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>yes / no on %n rule(s)</source>
        <translation>
            <numerusform>yes / no on %n rule</numerusform>
            <numerusform>yes / no on %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per %1</source>
        <translation>
            <numerusform>at most %n per %1</numerusform>
            <numerusform>at most %n per %1</numerusform>
        </translation>
    </message>
    <message>
        <source>end of flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>campaign &quot;%1&quot; has no runs in %2 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 belongs to campaign &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 (%2), run %3, %4 mode, %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeted %1, matched %2, sent %3, delivered %4, failed %5, skipped %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency: median %1 ms, p95 %2 ms, max %3 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: sent %2, delivered %3, failed %4, skipped %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n × %1 (e.g. user %2)
</source>
        <translation>
            <numerusform>  %n × %1 (e.g. user %2)
</numerusform>
            <numerusform>  %n × %1 (e.g. user %2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1, run %2, %3 mode, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1 of webhook &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL; only those are ever called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsDatabase</name>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hookflow (schema %2; this version knows %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an attempt&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading attempts of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk holding %2 is full. Nothing more is sent until it can be recorded; free some space, then resume the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the canceled deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading queued deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading deliveries due for a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claiming a delivery due for a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped before this attempt&apos;s outcome was recorded; it was sent again on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing interrupted attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-queueing interrupted deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a delivery&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database failed in %1: Qt&apos;s SQLite driver gave no connection handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunEngine</name>
    <message>
        <source>the campaign has errors; fix them first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 node &quot;%2&quot; cannot be run by this version of Hookflow yet, so the campaign cannot be test-fired; validation checks it already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger event has no event_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: rendered, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped because its results could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was recorded by an older Hookflow and cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is a dry run; there is nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign recorded with run %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot; cannot be signed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no webhook node &quot;%1&quot; any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hackle profile sends only to https:// URLs (loopback aside); this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was canceled before this was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused by its circuit breaker after repeated failures; trying again in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>canceled while the request was on its way; the server may have received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while the users were being matched; nothing was sent or recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>&quot;event_key&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; must be an ISO 8601 date-time such as 2026-11-20T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user_id&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;events&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object of secret names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep this workspace&apos;s secrets in its owner-only secrets file instead: run &quot;hookflow-cli secrets backend file&quot; and set them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain can only be used by a running application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service can be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; is not set: set it with &quot;hookflow-cli secrets set %1&quot; (it is kept in %2) or, for CI, in the environment variable HOOKFLOW_SECRET_%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users; make it private with &quot;chmod 600 %1&quot; before Hookflow uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the secrets backend &quot;%2&quot;; it must be &quot;file&quot; or &quot;keychain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1 has no id in its %2 to name its keychain entries; choose the keychain with &quot;hookflow-cli secrets backend keychain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain (service &quot;%1&quot;, entries &quot;%2/NAME&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace keeps its secrets in the OS keychain, but %1; start or unlock the keychain, or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; is not set: set the environment variable HOOKFLOW_SECRET_%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a secret: use letters, digits and _, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this secret store has no workspace to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no secret &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>set it with &quot;hookflow-cli secrets set %1&quot; or, for CI, in the environment variable HOOKFLOW_SECRET_%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signing secret that starts with &quot;whsec_&quot; must continue in base64, as Standard Webhooks secrets do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signing scheme &quot;%1&quot;; Hookflow signs with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;github&quot; is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret&apos;s name is letters, digits and _, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;secret&quot; or &quot;secrets&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;secrets&quot; lists secret names, newest first: [&quot;NEW&quot;, &quot;OLD&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing needs the name of a secret: &quot;secret&quot;: &quot;NAME&quot;, or &quot;secrets&quot;: [&quot;NEW&quot;, &quot;OLD&quot;] while a key is rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing secret &quot;%1&quot; is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing secret &quot;%1&quot; cannot be used: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Targeting</name>
    <message>
        <source>user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times %1 happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booleans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which does not contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which does not start with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which ends with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which does not end with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which sorts before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which sorts after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>in the last %n minute</numerusform>
            <numerusform>in the last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n hour(s)</source>
        <translation>
            <numerusform>in the last %n hour</numerusform>
            <numerusform>in the last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set, so the condition does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is null, which counts as not set, so the condition does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, and the condition lists no values to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but %3 cannot be compared with &quot;%4&quot;, so it never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty list, so no item is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the list %2, and an item is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the list %2, and no item is %3, so none is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the list %2, and no item is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not %3, so it is not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times %1 happened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 happened %n time(s)</source>
        <translation>
            <numerusform>%1 happened %n time</numerusform>
            <numerusform>%1 happened %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 happened %n time(s) %2</source>
        <translation>
            <numerusform>%1 happened %n time %2</numerusform>
            <numerusform>%1 happened %n times %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last one %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the condition&apos;s values are not counts, so it never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition names no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is not defined in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort %1 is not defined in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is in segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is not in segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is in cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is not in cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event, so %1 is not set and the condition does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition value cannot be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number condition needs numbers, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean condition needs true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write versions as text: &quot;%1&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version condition needs versions written as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version (write MAJOR.MINOR.PATCH, e.g. &quot;2.4.0&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition value must be text, a number or a boolean, not a list or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;{{&quot; is never closed with &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header value may not contain a line break or NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot be part of the URL&apos;s scheme or host; put it in the path or the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; would be a &quot;.&quot; or &quot;..&quot; path segment, which changes the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range of more than %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid integer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template does too much work (more than %1 characters made by filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loops ran more than %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendered body is not valid JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; takes %2 argument(s), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{%&quot; is never closed with &quot;%}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name, e.g. {% if … %}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes nothing after its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write assign as {% assign name = value %}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write capture as {% capture name %}…{% endcapture %}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;raw&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;comment&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1 as {% %1 name %}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write for as {% for item in collection %}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a for loop takes only limit: and offset: after its collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFilters</name>
    <message>
        <source>the output is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection has more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot select the property &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computation results in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string contains null byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integer %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of digits %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort values of incompatible types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid base64 provided to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid group name reference format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined group name reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer %1 too big for truncatewords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments (given %1, expected 1..3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid format: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserImport</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id %1 already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a user object such as {&quot;user_id&quot;: &quot;u1&quot;, &quot;properties&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the file inside the array (missing &apos;]&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this object is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this array is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version such as 2.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;): unknown type &quot;%3&quot; (use string, number, boolean, json or version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user_id column holds strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events column holds a JSON array of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no user_id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the header has %n column(s) but this row has %1</source>
        <translation>
            <numerusform>the header has %n column but this row has %1</numerusform>
            <numerusform>the header has %n columns but this row has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the user_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: expected a JSON array of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id %1 already appears on an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>node id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign has exactly one trigger; &quot;%1&quot; is a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger needs an event key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 node &quot;%2&quot; is checked, but this version of Hookflow cannot run it yet: a test fire of this campaign is refused until it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method &quot;%1&quot; is not allowed (use GET, POST, PUT, PATCH or DELETE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http:// and https:// URLs can be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GET request carries no body; it will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no trigger node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge starts at node &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge ends at node &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot connect to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can lead into the trigger &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exit node &quot;%1&quot; has no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge from branch &quot;%1&quot; must say &quot;port&quot;: &quot;yes&quot; or &quot;no&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only branch nodes have ports; remove &quot;port&quot; from this edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this edge is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow loops back to node &quot;%1&quot;; flows must not contain cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot be reached from the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; never holds for %2 values, so this condition never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle allows at most %1 rules; this node has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hackle allows at most %1 conditions in a rule; rule %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hackle profile needs an https:// URL; a tag decides this one&apos;s scheme or host, so it is checked for each user when the request is rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hackle profile needs https://; http:// is allowed only to this computer (localhost, 127.0.0.1 … 127.255.255.255 or ::1), not to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hackle profile needs an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hackle profile sends no body with GET; remove the body or use another method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hackle profile always sends Content-Type: application/json; remove this header or set it to that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableCatalogue</name>
    <message>
        <source>The user&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the event that triggered the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery&apos;s id, the same on every retry: use it for idempotency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook node&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s clock, ISO 8601 (try | date: &quot;%Y-%m-%d&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret from the secret store; never stored or shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; templates can read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sample user has the property &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sample event has the property &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret store has no secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the example %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo users are missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo users of this build are damaged (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it must hold one JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test-fire and report on webhook campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace in &lt;dir&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on a temporary workspace, test-fire an example at the built-in catcher and exit 0 if it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select node &lt;id&gt; of the campaign file opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
