<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Audiences</name>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>코호트</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>세그먼트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cohort &quot;%1&quot;</source>
        <translation>코호트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>파일이 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>the file is empty; a cohort file starts with a header row holding a user_id column</source>
        <translation>파일이 비어 있습니다. 코호트 파일은 user_id 열이 있는 헤더 행으로 시작해야 합니다</translation>
    </message>
    <message>
        <source>the header has two user_id columns</source>
        <translation>헤더에 user_id 열이 두 개 있습니다</translation>
    </message>
    <message>
        <source>the header row has no user_id column (found: %1)</source>
        <translation>헤더 행에 user_id 열이 없습니다 (발견된 열: %1)</translation>
    </message>
    <message>
        <source>row skipped: %1</source>
        <translation>행 건너뜀: %1</translation>
    </message>
    <message numerus="yes">
        <source>row skipped: the header has %n column(s) but this row has %1</source>
        <translation>
            <numerusform>행 건너뜀: 헤더에는 열이 %n개 있지만 이 행에는 %1개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>row skipped: the user_id is empty</source>
        <translation>행 건너뜀: user_id가 비어 있습니다</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already listed on line %2; counted once</source>
        <translation>사용자 &quot;%1&quot;은(는) 이미 %2행에 있으므로 한 번만 계산합니다</translation>
    </message>
    <message>
        <source>the cohort has no members</source>
        <translation>코호트에 속한 사용자가 없습니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a %1 file must hold a JSON object</source>
        <translation>%1 파일에는 JSON 객체가 있어야 합니다</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>필수 필드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a number</source>
        <translation>&quot;format&quot;은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>this file uses %1 format %2, which is newer than this version of Hookflow reads (format 1); update Hookflow to use it</source>
        <translation>이 파일의 %1 형식(%2)은 이 버전의 Hookflow가 읽을 수 있는 형식(1)보다 최신입니다. 이 파일을 사용하려면 Hookflow를 업데이트하세요</translation>
    </message>
    <message>
        <source>unsupported %1 format %2</source>
        <translation>지원하지 않는 %1 형식: %2</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be a string</source>
        <translation>&quot;key&quot;는 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; differs from the file&apos;s name &quot;%2&quot;; rename the file or change the key so that references cannot be read two ways</source>
        <translation>key &quot;%1&quot;이(가) 파일 이름 &quot;%2&quot;과(와) 다릅니다. 참조가 두 가지로 해석되지 않도록 파일 이름이나 key를 변경하세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot;은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (ignored)</source>
        <translation>알 수 없는 필드 &quot;%1&quot; (무시됨)</translation>
    </message>
    <message>
        <source>no rules: every user belongs to this %1</source>
        <translation>규칙 없음: 모든 사용자가 이 %1에 속합니다</translation>
    </message>
    <message>
        <source>Hackle allows at most 10 rules; this %1 has %2</source>
        <translation>Hackle에서는 규칙을 최대 10개까지 허용합니다. 이 %1에는 규칙이 %2개 있습니다</translation>
    </message>
    <message>
        <source>Hackle allows at most 10 conditions in a rule; this one has %1</source>
        <translation>Hackle에서는 규칙 하나에 조건을 최대 10개까지 허용합니다. 이 규칙에는 조건이 %1개 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1은(는) 읽을 수 있는 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>%1 refers to itself (%2); it is not used until the loop is broken</source>
        <translation>%1이(가) 자기 자신을 참조합니다 (%2). 순환 참조를 없앨 때까지 사용되지 않습니다</translation>
    </message>
    <message>
        <source>it refers to itself (%1)</source>
        <translation>자기 자신을 참조함 (%1)</translation>
    </message>
    <message>
        <source>ignored: segment files are named NAME%1</source>
        <translation>무시됨: 세그먼트 파일 이름은 NAME%1 형식이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable segment name: it must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot;은(는) 세그먼트 이름으로 사용할 수 없습니다. 영문자나 숫자로 시작해야 하며 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>its file %1 has errors</source>
        <translation>파일 %1에 오류가 있음</translation>
    </message>
    <message>
        <source>ignored: cohort files are named NAME.csv (a list of user ids) or NAME%1 (a behavioural definition)</source>
        <translation>무시됨: 코호트 파일 이름은 NAME.csv(사용자 ID 목록) 또는 NAME%1(행동 기반 정의) 형식이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable cohort name: it must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot;은(는) 코호트 이름으로 사용할 수 없습니다. 영문자나 숫자로 시작해야 하며 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>cohort &quot;%1&quot; is also defined by %2; neither is used until one is removed</source>
        <translation>코호트 &quot;%1&quot;이(가) %2에도 정의되어 있습니다. 하나를 제거할 때까지 둘 다 사용되지 않습니다</translation>
    </message>
    <message>
        <source>it is defined by two files</source>
        <translation>두 파일에 정의되어 있음</translation>
    </message>
    <message>
        <source>%1 is not defined in this workspace; this condition never holds</source>
        <translation>%1이(가) 이 워크스페이스에 정의되어 있지 않으므로 이 조건은 충족될 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2); this condition never holds</source>
        <translation>%1을(를) 사용할 수 없으므로(%2) 이 조건은 충족될 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep, so it is not evaluated</source>
        <translation>%1의 중첩이 %2단계보다 깊어 평가하지 않습니다</translation>
    </message>
    <message>
        <source>the condition names no segment</source>
        <translation>조건에 세그먼트가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>the condition names no cohort</source>
        <translation>조건에 코호트가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is not defined in this workspace</source>
        <translation>%1이(가) 이 워크스페이스에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: %2</source>
        <translation>노드 &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>CampaignFormat</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>필수 필드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; 값은 %2 타입이어야 합니다(현재: %3)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (kept as it is)</source>
        <translation>알 수 없는 필드 &quot;%1&quot; (그대로 유지됨)</translation>
    </message>
    <message>
        <source>a duration must be an object such as {&quot;amount&quot;: 7, &quot;unit&quot;: &quot;days&quot;}</source>
        <translation>기간은 {&quot;amount&quot;: 7, &quot;unit&quot;: &quot;days&quot;} 같은 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be a whole number of 0 or more</source>
        <translation>&quot;amount&quot;는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (use minutes, hours or days)</source>
        <translation>알 수 없는 단위 &quot;%1&quot; (minutes, hours, days 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>a condition must be an object, not %1</source>
        <translation>조건은 객체여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot; (use user_id, user_property, hackle_property, event_property, segment, cohort or event)</source>
        <translation>알 수 없는 키 유형 &quot;%1&quot; (user_id, user_property, hackle_property, event_property, segment, cohort, event 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;match&quot; or &quot;not_match&quot;, not &quot;%1&quot;</source>
        <translation>&quot;match&quot;는 &quot;match&quot; 또는 &quot;not_match&quot;여야 합니다(현재: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (use in, contains, starts_with, ends_with, gt, gte, lt or lte)</source>
        <translation>알 수 없는 연산자 &quot;%1&quot; (in, contains, starts_with, ends_with, gt, gte, lt, lte 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>unknown value type &quot;%1&quot; (use string, number, boolean, version or json)</source>
        <translation>알 수 없는 값 유형 &quot;%1&quot; (string, number, boolean, version, json 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>each entry must be a [&quot;name&quot;, &quot;value&quot;] pair of strings</source>
        <translation>각 항목은 [&quot;name&quot;, &quot;value&quot;] 형태의 문자열 쌍이어야 합니다</translation>
    </message>
    <message>
        <source>a node must be an object, not %1</source>
        <translation>노드는 객체여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>unknown node kind &quot;%1&quot; (use trigger, audience, webhook, delay, branch, limit or exit)</source>
        <translation>알 수 없는 노드 종류 &quot;%1&quot; (trigger, audience, webhook, delay, branch, limit, exit 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be [x, y] numbers</source>
        <translation>&quot;position&quot;은 [x, y] 형태의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>a rule must be an array of conditions (all must hold)</source>
        <translation>규칙은 조건의 배열이어야 합니다(모든 조건을 충족해야 함)</translation>
    </message>
    <message>
        <source>&quot;count&quot; must be a whole number of 1 or more</source>
        <translation>&quot;count&quot;는 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>a campaign file must hold a JSON object, not %1</source>
        <translation>캠페인 파일에는 JSON 객체가 있어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>this file uses campaign format %1, which is newer than this version of Hookflow reads (format %2); update Hookflow to open it</source>
        <translation>이 파일의 캠페인 형식(%1)은 이 버전의 Hookflow가 읽을 수 있는 형식(%2)보다 최신입니다. 파일을 열려면 Hookflow를 업데이트하세요</translation>
    </message>
    <message>
        <source>unsupported campaign format %1</source>
        <translation>지원하지 않는 캠페인 형식: %1</translation>
    </message>
    <message>
        <source>&quot;key&quot; must start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;key&quot;는 영문자나 숫자로 시작해야 하며 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use ready, running, paused or ended)</source>
        <translation>알 수 없는 상태 &quot;%1&quot; (ready, running, paused, ended 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>an edge must be an object such as {&quot;from&quot;: &quot;a&quot;, &quot;to&quot;: &quot;b&quot;}</source>
        <translation>연결선은 {&quot;from&quot;: &quot;a&quot;, &quot;to&quot;: &quot;b&quot;} 같은 객체여야 합니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array of rules, not %1</source>
        <translation>&quot;rules&quot;는 규칙의 배열이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>&quot;where&quot; belongs to behavioural conditions (key type &quot;event&quot;) only</source>
        <translation>&quot;where&quot;는 행동 조건(키 유형 &quot;event&quot;)에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;where&quot; must be an array of event_property conditions, not %1</source>
        <translation>&quot;where&quot;는 event_property 조건의 배열이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <source>a &quot;where&quot; condition looks at the event&apos;s properties: its key type must be &quot;event_property&quot;, not &quot;%1&quot;</source>
        <translation>&quot;where&quot; 조건은 이벤트의 속성을 봅니다. 키 유형은 &quot;event_property&quot;여야 합니다(현재: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a header name to redact must be a string</source>
        <translation>가릴 헤더 이름은 문자열이어야 합니다</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>--%1 옵션에 값이 필요합니다</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>알 수 없는 옵션 --%1</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>the event must be a JSON object</source>
        <translation>이벤트는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>이벤트: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the users file were skipped
</source>
        <translation>
            <numerusform>사용자 파일에서 %n개 행을 건너뛰었습니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time such as 2026-11-27T09:00:00Z</source>
        <translation>--now는 2026-11-27T09:00:00Z 같은 ISO 8601 날짜·시간이어야 합니다</translation>
    </message>
    <message>
        <source>targeted %1, matched %2, sent %3, delivered %4, failed %5, skipped %6</source>
        <translation>대상 %1, 조건 일치 %2, 발송 %3, 성공 %4, 실패 %5, 건너뜀 %6</translation>
    </message>
    <message>
        <source>no campaign file given</source>
        <translation>캠페인 파일을 지정하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n warning(s))
</source>
        <translation>
            <numerusform>%1: 정상 (경고 %n개)
</numerusform>
        </translation>
    </message>
    <message>
        <source>render takes one campaign file and --user</source>
        <translation>render에는 캠페인 파일 하나와 --user가 필요합니다</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <source>note: this user is not targeted by the flow: %1
</source>
        <translation>note: 이 사용자는 플로우의 타겟팅 대상이 아닙니다: %1
</translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: error: %2
</translation>
    </message>
    <message>
        <source>there is no webhook node &quot;%1&quot;</source>
        <translation>웹훅 노드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the campaign has no webhook node</source>
        <translation>캠페인에 웹훅 노드가 없습니다</translation>
    </message>
    <message>
        <source>template needs --text</source>
        <translation>template에는 --text가 필요합니다</translation>
    </message>
    <message>
        <source>--mode must be text, json, url or header</source>
        <translation>--mode는 text, json, url, header 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>the context must be a JSON object</source>
        <translation>컨텍스트는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>match takes one campaign file</source>
        <translation>match에는 캠페인 파일 하나가 필요합니다</translation>
    </message>
    <message>
        <source>✓ %1: targeted (%2)
</source>
        <translation>✓ %1: 타겟팅됨 (%2)
</translation>
    </message>
    <message>
        <source>✗ %1: %2
</source>
        <translation>✗ %1: %2
</translation>
    </message>
    <message>
        <source>rule %1:</source>
        <translation>규칙 %1:</translation>
    </message>
    <message>
        <source>%1 of %2 users targeted
</source>
        <translation>사용자 %2명 중 %1명 타겟팅됨
</translation>
    </message>
    <message>
        <source>fire takes one campaign file and --event</source>
        <translation>fire에는 캠페인 파일 하나와 --event가 필요합니다</translation>
    </message>
    <message>
        <source>--target must be an http:// or https:// URL</source>
        <translation>--target은 http:// 또는 https:// URL이어야 합니다</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of milliseconds</source>
        <translation>--timeout은 0보다 큰 밀리초 값이어야 합니다</translation>
    </message>
    <message>
        <source>%1 → %2: failed: %3
</source>
        <translation>%1 → %2: 실패: %3
</translation>
    </message>
    <message>
        <source>run %1: %2
</source>
        <translation>실행 %1: %2
</translation>
    </message>
    <message>
        <source>report takes one campaign key</source>
        <translation>report에는 캠페인 키 하나가 필요합니다</translation>
    </message>
    <message>
        <source>--format must be text, json, csv or html</source>
        <translation>--format은 text, json, csv, html 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--run must be a run number</source>
        <translation>--run은 실행 번호여야 합니다</translation>
    </message>
    <message>
        <source>there is no results database at %1</source>
        <translation>%1에 결과 데이터베이스가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <comment>size of a captured request body</comment>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>usage</source>
        <translation>사용법</translation>
    </message>
    <message>
        <source>  --port N       port to listen on (default 0: any free port)
  --status CODE  status of every response, 100-599 (default 200)
  --delay MS     milliseconds to wait before each response (default 0)
</source>
        <translation>  --port N       대기할 포트 (기본값 0: 사용 가능한 아무 포트)
  --status CODE  모든 응답의 상태 코드, 100-599 (기본값 200)
  --delay MS     각 응답 전에 기다릴 시간(밀리초) (기본값 0)
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예기치 않은 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;: expected a number from 0 to 65535</source>
        <translation>잘못된 포트 &apos;%1&apos;: 0에서 65535 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>invalid status &apos;%1&apos;: expected a number from 100 to 599</source>
        <translation>잘못된 상태 코드 &apos;%1&apos;: 100에서 599 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>invalid delay &apos;%1&apos;: expected a number of milliseconds, 0 or more</source>
        <translation>잘못된 지연 시간 &apos;%1&apos;: 0 이상의 밀리초 값이어야 합니다</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1에서 대기 중</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>users import takes one file</source>
        <translation>users import에는 파일 하나가 필요합니다</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot save the users into %1: %2</source>
        <translation>사용자를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1, %2
</source>
        <extracomment>%1 is &quot;Imported %n user(s)&quot;, %2 is &quot;skipped %n row(s)&quot;</extracomment>
        <translation>%1, %2
</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s)</source>
        <translation>
            <numerusform>사용자 %n명 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s)</source>
        <translation>
            <numerusform>행 %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>users generate takes the number of users</source>
        <translation>users generate에는 사용자 수가 필요합니다</translation>
    </message>
    <message>
        <source>the number of users must be a whole number, 0 or more</source>
        <translation>사용자 수는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation>--seed는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time such as 2026-11-27T00:00:00Z</source>
        <translation>--now는 2026-11-27T00:00:00Z 같은 ISO 8601 날짜·시간이어야 합니다</translation>
    </message>
    <message>
        <source>--out must name a .json, .jsonl or .csv file</source>
        <translation>--out에는 .json, .jsonl 또는 .csv 파일을 지정해야 합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n user(s)
</source>
        <translation>
            <numerusform>사용자 %n명을 생성했습니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>users list takes no arguments</source>
        <translation>users list는 인수를 받지 않습니다</translation>
    </message>
    <message>
        <source>users needs a subcommand: import, generate or list</source>
        <translation>users에는 하위 명령이 필요합니다: import, generate, list</translation>
    </message>
    <message>
        <source>usage: %1
</source>
        <translation>사용법: %1
</translation>
    </message>
    <message>
        <source>unknown users subcommand &quot;%1&quot;</source>
        <translation>알 수 없는 users 하위 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hookflow-cli: error: unknown command &quot;%1&quot;
</source>
        <translation>hookflow-cli: error: 알 수 없는 명령 &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>%1: error: %2 (workspace %3)
</source>
        <translation>%1: error: %2 (워크스페이스 %3)
</translation>
    </message>
    <message>
        <source>not fired: the campaign refers to a segment or cohort that cannot be used</source>
        <translation>발송하지 않음: 캠페인이 사용할 수 없는 세그먼트 또는 코호트를 참조합니다</translation>
    </message>
    <message>
        <source>fire --resume takes a run id and no campaign file: the run recorded its campaign</source>
        <translation>fire --resume에는 캠페인 파일 없이 실행 ID만 지정합니다. 실행에 캠페인이 기록되어 있습니다</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 256</source>
        <translation>--concurrency는 1에서 256 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>--attempts must be a number from 1 to 50</source>
        <translation>--attempts는 1에서 50 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>--resume takes the number of a run</source>
        <translation>--resume에는 실행 번호를 지정합니다</translation>
    </message>
    <message>
        <source>%1 → %2: attempt %3: %4; retrying in %5
</source>
        <translation>%1 → %2: 시도 %3: %4, %5 후 재시도
</translation>
    </message>
    <message>
        <source>Value of %1 (not shown): </source>
        <translation>%1의 값 (화면에 표시되지 않음): </translation>
    </message>
    <message>
        <source>note: %1 is set in this environment and is used instead while it is
</source>
        <translation>참고: 이 환경에 %1이(가) 설정되어 있어, 설정되어 있는 동안에는 그 값이 대신 사용됩니다
</translation>
    </message>
    <message>
        <source>secrets set takes one secret name</source>
        <translation>secrets set에는 시크릿 이름 하나를 지정합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a secret: use letters, digits and _, not starting with a digit</source>
        <translation>&quot;%1&quot;은(는) 시크릿 이름으로 쓸 수 없습니다. 영문자, 숫자, _만 쓰고 숫자로 시작하지 마세요</translation>
    </message>
    <message>
        <source>cannot read the value of %1 from standard input</source>
        <translation>표준 입력에서 %1의 값을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the value of %1 is empty; nothing was stored</source>
        <translation>%1의 값이 비어 있어 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>워크스페이스 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>secret %1 stored in %2
</source>
        <translation>시크릿 %1을(를) %2에 저장했습니다
</translation>
    </message>
    <message>
        <source>secrets list takes no names</source>
        <translation>secrets list에는 이름을 지정하지 않습니다</translation>
    </message>
    <message>
        <source>no secrets in %1
</source>
        <translation>%1에 시크릿이 없습니다
</translation>
    </message>
    <message>
        <source>secrets remove takes one secret name</source>
        <translation>secrets remove에는 시크릿 이름 하나를 지정합니다</translation>
    </message>
    <message>
        <source>secret %1 removed from %2
</source>
        <translation>시크릿 %1을(를) %2에서 삭제했습니다
</translation>
    </message>
    <message>
        <source>warning: %1 was copied but could not be removed from %2: %3
</source>
        <translation>경고: %1을(를) 복사했지만 %2에서 삭제하지 못했습니다: %3
</translation>
    </message>
    <message>
        <source>secrets backend takes at most one backend name</source>
        <translation>secrets backend에는 백엔드 이름을 하나까지만 지정합니다</translation>
    </message>
    <message>
        <source>--move needs the backend to move to</source>
        <translation>--move에는 옮겨 갈 백엔드를 지정해야 합니다</translation>
    </message>
    <message>
        <source>the secrets backend is &quot;file&quot; or &quot;keychain&quot;, not &quot;%1&quot;</source>
        <translation>시크릿 백엔드는 &quot;%1&quot;이(가) 아니라 &quot;file&quot; 또는 &quot;keychain&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>cannot keep secrets in the OS keychain here: %1; the workspace keeps using its secrets file</source>
        <translation>여기서는 OS 키체인에 시크릿을 보관할 수 없습니다: %1. 워크스페이스는 계속 시크릿 파일을 사용합니다</translation>
    </message>
    <message>
        <source>the secrets were not moved and the workspace still uses %1: %2</source>
        <translation>시크릿을 옮기지 않았으며 워크스페이스는 계속 %1을(를) 사용합니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>note: %n secret(s) stay in %1 and are no longer used: %2; set them again with &quot;hookflow-cli secrets set NAME&quot;, or switch back and use --move
</source>
        <translation>
            <numerusform>참고: 시크릿 %n개가 %1에 남아 있지만 더 이상 사용되지 않습니다: %2. &quot;hookflow-cli secrets set NAME&quot;으로 다시 설정하거나, 원래 백엔드로 돌아가 --move를 사용하세요
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets needs set, list, remove or backend</source>
        <translation>secrets에는 set, list, remove, backend 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>unknown secrets command &quot;%1&quot;</source>
        <translation>알 수 없는 secrets 명령 &quot;%1&quot;</translation>
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
        <translation>사용법: hookflow-cli [--json] COMMAND [ARGS]

명령:
  validate FILE...                         캠페인 파일을 불러와 검증
  render FILE --user JSON|PATH [--event JSON|PATH] [--node ID] [--show-secrets]
                                           사용자가 받게 될 요청을 그대로 출력
  template --text T --context JSON [--mode text|json|url|header]
                                           템플릿 하나를 렌더링
  match FILE [--users PATH] [--event JSON|PATH] [--now ISO8601] [--explain]
                                           플로우가 타겟팅하는 샘플 사용자와 그 이유
  fire FILE [--users PATH] --event JSON|PATH [--db PATH] [--dry-run] [--target URL]
       [--now ISO8601] [--concurrency N] [--timeout MS]
                                           캠페인 테스트 발송
  report KEY [--db PATH] [--run ID] [--format text|json|csv|html]
                                           발송 리포트
  catch [--port N] [--status CODE] [--delay MS]
                                           내장 수신 엔드포인트(수신기) 실행
  users import PATH [--db PATH] | users generate N [--seed S] | users list
                                           샘플 사용자 데이터
  secrets set NAME [--value V] | secrets list | secrets remove NAME
  secrets backend [file|keychain] [--move]   (각각 --workspace DIR 사용 가능)
                                           워크스페이스의 시크릿 (값은 표준 입력에서)

종료 코드: 0 성공, 1 잘못된 입력 또는 검사 실패, 2 사용법 오류.
</translation>
    </message>
</context>
<context>
    <name>CompiledRules</name>
    <message>
        <source>Segment and cohort conditions need the sample users themselves, and this store did not keep them</source>
        <translation>세그먼트 및 코호트 조건에는 샘플 사용자 데이터 자체가 필요하지만 이 저장소에는 보관되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Behavioural conditions on event properties need the sample users themselves, and this store did not keep them</source>
        <translation>이벤트 속성에 대한 행동 조건에는 샘플 사용자 데이터 자체가 필요하지만 이 저장소에는 보관되어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>ConditionValues</name>
    <message>
        <source>write the values as a JSON array, e.g. [1, &quot;a&quot;]</source>
        <translation>값을 JSON 배열로 작성하세요 (예: [1, &quot;a&quot;])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot;은(는) true 또는 false가 아닙니다</translation>
    </message>
</context>
<context>
    <name>DeliveryPolicy</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot;은(는) %2에서 %3 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of %4 from %2 to %3</source>
        <translation>&quot;%1&quot;은(는) %2에서 %3 사이의 정수(%4)여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot;은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot;은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot;은(는) 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot; is ignored (known: %2)</source>
        <translation>알 수 없는 항목 &quot;%1&quot;은(는) 무시됩니다 (알려진 항목: %2)</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (use &quot;test-fire&quot; or &quot;production&quot;)</source>
        <translation>알 수 없는 프리셋 &quot;%1&quot; (&quot;test-fire&quot; 또는 &quot;production&quot;을 사용하세요)</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>unknown HTTP/2 mode &quot;%1&quot; (use &quot;off&quot;, &quot;allowed&quot; or &quot;prior-knowledge&quot;)</source>
        <translation>알 수 없는 HTTP/2 모드 &quot;%1&quot; (&quot;off&quot;, &quot;allowed&quot;, &quot;prior-knowledge&quot; 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the certificate&apos;s SHA-256 as 64 hex digits or in base64</source>
        <translation>&quot;%1&quot;은(는) 인증서의 SHA-256 값을 16진수 64자리 또는 base64로 적어야 합니다</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the first attempt goes at once</comment>
        <translation>즉시</translation>
    </message>
    <message>
        <source>up to %1</source>
        <comment>a random delay of at most this</comment>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>%1 (no retries)</source>
        <translation>%1 (재시도 없음)</translation>
    </message>
    <message>
        <source>%1 (each retry ±%2%)</source>
        <translation>%1 (재시도마다 ±%2%)</translation>
    </message>
    <message>
        <source>a rate limit needs a &quot;count&quot;</source>
        <translation>속도 제한에는 &quot;count&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>unknown rate period &quot;%1&quot; (use &quot;second&quot; or &quot;minute&quot;)</source>
        <translation>알 수 없는 속도 제한 단위 &quot;%1&quot; (&quot;second&quot; 또는 &quot;minute&quot;을 사용하세요)</translation>
    </message>
    <message>
        <source>unknown validation profile &quot;%1&quot; (use &quot;hackle&quot;)</source>
        <translation>알 수 없는 검증 프로필 &quot;%1&quot; (&quot;hackle&quot;을 사용하세요)</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>FlowMatcher</name>
    <message>
        <source>%1: no rules, everyone passes</source>
        <translation>%1: 규칙 없음, 모두 통과</translation>
    </message>
    <message>
        <source>%1: rule %2 holds</source>
        <translation>%1: 규칙 %2 충족</translation>
    </message>
    <message>
        <source>%1: no rule holds</source>
        <translation>%1: 충족하는 규칙 없음</translation>
    </message>
    <message>
        <source>the campaign has no trigger</source>
        <translation>캠페인에 트리거가 없습니다</translation>
    </message>
    <message>
        <source>%1: the event is &quot;%2&quot;, the trigger waits for &quot;%3&quot;</source>
        <translation>%1: 받은 이벤트(&quot;%2&quot;)가 트리거 이벤트(&quot;%3&quot;)와 다름</translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot; starts the flow</source>
        <translation>%1: &quot;%2&quot; 이벤트로 플로우 시작</translation>
    </message>
    <message>
        <source>%1: the event&apos;s properties do not pass the trigger&apos;s filters</source>
        <translation>%1: 이벤트 속성이 트리거 필터를 통과하지 못함</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: 예</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: 아니요</translation>
    </message>
    <message>
        <source>%1: receives this webhook</source>
        <translation>%1: 이 웹훅을 받음</translation>
    </message>
    <message>
        <source>%1: passes on</source>
        <translation>%1: 통과</translation>
    </message>
    <message>
        <source>%1: leaves the flow</source>
        <translation>%1: 플로우 종료</translation>
    </message>
    <message>
        <source>the flow reaches no webhook</source>
        <translation>플로우가 어떤 웹훅에도 도달하지 않습니다</translation>
    </message>
</context>
<context>
    <name>Hookflow::AudienceEditor</name>
    <message>
        <source>Users who pass the rules go on through &lt;b&gt;Yes&lt;/b&gt;; everyone else through &lt;b&gt;No&lt;/b&gt;.</source>
        <translation>규칙을 통과한 사용자는 &lt;b&gt;예&lt;/b&gt;로, 나머지 사용자는 &lt;b&gt;아니요&lt;/b&gt;로 진행합니다.</translation>
    </message>
    <message>
        <source>Only users who pass the rules continue.</source>
        <translation>규칙을 통과한 사용자만 다음 단계로 진행합니다.</translation>
    </message>
    <message>
        <source>Load sample users to see how many this targets.</source>
        <translation>샘플 사용자를 불러오면 타겟팅되는 사용자 수를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot count the audience yet.</source>
        <translation>아직 오디언스 규모를 계산할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Targets &lt;b&gt;%1&lt;/b&gt; of %n sample user(s)</source>
        <translation>
            <numerusform>샘플 사용자 %n명 중 &lt;b&gt;%1&lt;/b&gt;명 타겟팅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes for &lt;b&gt;%1&lt;/b&gt; of %n sample user(s)</source>
        <translation>
            <numerusform>샘플 사용자 %n명 중 &lt;b&gt;%1&lt;/b&gt;명이 예</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::CampaignDocument</name>
    <message>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation>제목 없는 캠페인</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the campaign has no file yet; use Save As</source>
        <translation>캠페인이 아직 파일로 저장되지 않았습니다. 다른 이름으로 저장을 사용하세요</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>캠페인 편집: %1</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>상태 변경: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>노드 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>노드 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2 편집: %1</translation>
    </message>
    <message>
        <source>there is no node &quot;%1&quot;</source>
        <translation>노드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>a node id uses letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and starts with a letter, digit or &apos;_&apos;</source>
        <translation>노드 ID에는 영문자, 숫자, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;만 사용할 수 있으며 영문자, 숫자 또는 &apos;_&apos;로 시작해야 합니다</translation>
    </message>
    <message>
        <source>there is already a node &quot;%1&quot;</source>
        <translation>노드 &quot;%1&quot;이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>이름 변경: %1 → %2</translation>
    </message>
    <message>
        <source>The campaign is running; nothing was renamed.</source>
        <translation>캠페인이 실행 중이므로 이름을 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>자동 정렬</translation>
    </message>
    <message>
        <source>a node cannot lead to itself</source>
        <translation>노드는 자기 자신과 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>an exit ends the flow; it has no output</source>
        <translation>종료 노드는 플로우를 끝내므로 출력이 없습니다</translation>
    </message>
    <message>
        <source>nothing can lead into a trigger: it is where the flow starts, and a campaign has only one</source>
        <translation>트리거로 들어오는 연결선은 만들 수 없습니다. 트리거는 플로우가 시작되는 곳이며 캠페인에 하나만 있습니다</translation>
    </message>
    <message>
        <source>connect from the branch&apos;s &quot;yes&quot; or &quot;no&quot; output</source>
        <translation>분기의 &quot;예&quot; 또는 &quot;아니요&quot; 출력에서 연결하세요</translation>
    </message>
    <message>
        <source>only a branch has &quot;yes&quot; and &quot;no&quot; outputs</source>
        <translation>&quot;예&quot;와 &quot;아니요&quot; 출력은 분기 노드에만 있습니다</translation>
    </message>
    <message>
        <source>these nodes are already connected</source>
        <translation>이미 연결된 노드입니다</translation>
    </message>
    <message>
        <source>this would make a loop: &quot;%1&quot; already leads to &quot;%2&quot;</source>
        <translation>순환이 생깁니다: &quot;%1&quot;이(가) 이미 &quot;%2&quot;(으)로 이어집니다</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 → %2 연결</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>연결선 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard does not hold Hookflow nodes: %1</source>
        <translation>클립보드에 Hookflow 노드가 없습니다: %1</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>클립보드</translation>
    </message>
    <message>
        <source>The clipboard does not hold Hookflow nodes.</source>
        <translation>클립보드에 Hookflow 노드가 없습니다.</translation>
    </message>
    <message>
        <source>The clipboard holds no nodes.</source>
        <translation>클립보드에 노드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>노드 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign is running; nothing was pasted.</source>
        <translation>캠페인이 실행 중이므로 붙여넣지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Hookflow::CampaignEditor</name>
    <message>
        <source>&lt;b&gt;Campaign&lt;/b&gt;</source>
        <translation>&lt;b&gt;캠페인&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What marketers call it</source>
        <translation>마케터가 보는 캠페인 이름</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>A unique key; templates read it as {{campaign.key}}</source>
        <translation>고유한 키입니다. 템플릿에서는 {{campaign.key}}로 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>키(&amp;K):</translation>
    </message>
    <message>
        <source>What the campaign is for</source>
        <translation>캠페인의 목적</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Select a step on the canvas to edit it.</source>
        <translation>편집할 단계를 캔버스에서 선택하세요.</translation>
    </message>
    <message>
        <source>Not changed: the campaign is running. Pause it to edit it.</source>
        <translation>변경되지 않았습니다: 캠페인이 실행 중입니다. 편집하려면 일시 중지하세요.</translation>
    </message>
    <message>
        <source>Not started yet. Test-fire it, then start it.</source>
        <translation>아직 시작하지 않았습니다. 테스트 발송으로 확인한 뒤 시작하세요.</translation>
    </message>
    <message>
        <source>Live: trigger events send webhooks. Pause it before editing.</source>
        <translation>실행 중: 트리거 이벤트가 발생하면 웹훅을 발송합니다. 편집하기 전에 일시 중지하세요.</translation>
    </message>
    <message>
        <source>Paused: nothing is sent until it is resumed.</source>
        <translation>일시 중지됨: 재개할 때까지 아무것도 발송하지 않습니다.</translation>
    </message>
    <message>
        <source>Ended: it will not send again.</source>
        <translation>종료됨: 더 이상 발송하지 않습니다.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>This flow has %1 and %2.</source>
        <translation>이 플로우는 %1, %2로 구성되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>단계 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>웹훅 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>발송 설정</translation>
    </message>
    <message>
        <source>Requests in flight at once to one host and port</source>
        <translation>한 호스트와 포트로 동시에 보내는 요청 수</translation>
    </message>
    <message>
        <source>Requests per &amp;host at once:</source>
        <translation>호스트당 동시 요청(&amp;H):</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>At most this many requests of the campaign in any second or minute, to all hosts together</source>
        <translation>캠페인이 모든 호스트를 합쳐 1초 또는 1분 동안 보내는 요청의 최대 수</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>분당</translation>
    </message>
    <message>
        <source>rate limit period</source>
        <translation>속도 제한 단위</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>속도 제한(&amp;R):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>After this many failures in a row to one host, its deliveries are paused (not failed) for the pause time; then one request probes whether it is back</source>
        <translation>한 호스트에서 이 횟수만큼 연속으로 실패하면 그 호스트로 가는 발송을 실패 처리하지 않고 일시 중지 시간 동안 멈춘 뒤, 요청 하나로 호스트가 복구되었는지 확인합니다</translation>
    </message>
    <message>
        <source>Failures in a row that &amp;pause a host:</source>
        <translation>호스트를 일시 중지할 연속 실패 횟수(&amp;P):</translation>
    </message>
    <message>
        <source>The failures count only when they all fall within this time</source>
        <translation>실패가 모두 이 시간 안에 일어났을 때만 셉니다</translation>
    </message>
    <message>
        <source>… all &amp;within:</source>
        <translation>… 다음 시간 안에(&amp;W):</translation>
    </message>
    <message>
        <source>Pause the host &amp;for:</source>
        <translation>호스트 일시 중지 시간(&amp;F):</translation>
    </message>
    <message>
        <source>Check against Hackle&apos;s webhook r&amp;ules</source>
        <translation>Hackle 웹훅 규칙으로 검사(&amp;U)</translation>
    </message>
    <message>
        <source>HTTPS only (http:// only to this computer), GET, POST, PUT, PATCH or DELETE, Content-Type: application/json and no body on GET: breaking one of them is an error</source>
        <translation>HTTPS만 사용(http://는 이 컴퓨터로만), GET, POST, PUT, PATCH, DELETE 메서드, Content-Type: application/json, GET에는 본문 없음. 하나라도 어기면 오류입니다</translation>
    </message>
    <message>
        <source>This version can show these settings but not change them; edit &quot;delivery&quot; in the campaign file.</source>
        <translation>이 버전에서는 이 설정을 보여 줄 수만 있고 바꿀 수는 없습니다. 캠페인 파일의 &quot;delivery&quot;를 편집하세요.</translation>
    </message>
</context>
<context>
    <name>Hookflow::CampaignListModel</name>
    <message>
        <source>Unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n error(s)</source>
        <translation>
            <numerusform>%1 · 오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Key: %2</source>
        <translation>%1
키: %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>Hookflow::CapturedRequestModel</name>
    <message>
        <source>From %1</source>
        <translation>보낸 곳: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
</context>
<context>
    <name>Hookflow::Catcher</name>
    <message>
        <source>The capture endpoint cannot listen on %1: %2</source>
        <translation>수신 엔드포인트가 %1에서 대기할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Hookflow::CatcherPanel</name>
    <message>
        <source>C&amp;lear Catcher</source>
        <translation>수신기 비우기(&amp;L)</translation>
    </message>
    <message>
        <source>Forget the requests the catcher received</source>
        <translation>수신기가 받은 요청을 모두 지웁니다</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body.</source>
        <translation>요청을 선택하면 헤더와 본문을 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 — test fires sent to the catcher arrive here.</source>
        <translation>%1에서 대기 중 — 수신기로 보낸 테스트 발송 요청이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>The catcher is not listening.</source>
        <translation>수신기가 대기 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Hookflow::ConditionEditor</name>
    <message>
        <source>User ID</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>User property</source>
        <translation>사용자 속성</translation>
    </message>
    <message>
        <source>Hackle property</source>
        <translation>Hackle 속성</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>이벤트 속성</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>코호트</translation>
    </message>
    <message>
        <source>Did event</source>
        <translation>이벤트 수행</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>정확히</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>이상</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>미만</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>이하</translation>
    </message>
    <message>
        <source>be one of</source>
        <translation>다음 중 하나</translation>
    </message>
    <message>
        <source>contain</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>start with</source>
        <translation>다음으로 시작</translation>
    </message>
    <message>
        <source>end with</source>
        <translation>다음으로 끝남</translation>
    </message>
    <message>
        <source>be greater than</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>be at least</source>
        <translation>이상</translation>
    </message>
    <message>
        <source>be less than</source>
        <translation>미만</translation>
    </message>
    <message>
        <source>be at most</source>
        <translation>이하</translation>
    </message>
    <message>
        <source>What the condition looks at</source>
        <translation>조건이 확인할 대상</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>이 조건 삭제</translation>
    </message>
    <message>
        <source>Separate several values with commas; any of them matches</source>
        <translation>여러 값은 쉼표로 구분하세요. 그중 하나라도 맞으면 일치합니다</translation>
    </message>
    <message>
        <source>How the values compare</source>
        <translation>값을 비교하는 방식</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>time(s)</source>
        <translation>회</translation>
    </message>
    <message>
        <source>within the last</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Only count events where:</source>
        <translation>다음 조건을 충족하는 이벤트만 집계:</translation>
    </message>
    <message>
        <source>Only count events where…</source>
        <translation>다음 조건의 이벤트만 집계…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Must or must not</source>
        <translation>일치 여부</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>연산자</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>값 유형</translation>
    </message>
    <message>
        <source>Time window length</source>
        <translation>기간 길이</translation>
    </message>
    <message>
        <source>Time window unit</source>
        <translation>기간 단위</translation>
    </message>
    <message>
        <source>what it looks at</source>
        <translation>확인 대상</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>must or must not</source>
        <translation>일치 여부</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>연산자</translation>
    </message>
    <message>
        <source>value type</source>
        <translation>값 유형</translation>
    </message>
    <message>
        <source>values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>event filter: %1</source>
        <translation>이벤트 필터: %1</translation>
    </message>
    <message>
        <source>event key, e.g. purchase</source>
        <translation>이벤트 키 (예: purchase)</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>코호트</translation>
    </message>
    <message>
        <source>property name</source>
        <translation>속성 이름</translation>
    </message>
    <message>
        <source>times, e.g. 1</source>
        <translation>횟수 (예: 1)</translation>
    </message>
    <message>
        <source>[&quot;a&quot;, 1]</source>
        <translation>[&quot;a&quot;, 1]</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>쉼표로 구분한 값</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>did</source>
        <translation>수행함</translation>
    </message>
    <message>
        <source>did not</source>
        <translation>수행하지 않음</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>속함</translation>
    </message>
    <message>
        <source>is not in</source>
        <translation>속하지 않음</translation>
    </message>
    <message>
        <source>must</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>must not</source>
        <translation>불일치</translation>
    </message>
</context>
<context>
    <name>Hookflow::ConditionListEditor</name>
    <message>
        <source>+ Add condition</source>
        <translation>+ 조건 추가</translation>
    </message>
    <message>
        <source>new condition</source>
        <translation>조건 추가</translation>
    </message>
    <message>
        <source>and</source>
        <translation>그리고</translation>
    </message>
    <message>
        <source>condition %1 %2</source>
        <translation>조건 %1 %2</translation>
    </message>
    <message>
        <source>removed condition</source>
        <translation>조건 삭제</translation>
    </message>
</context>
<context>
    <name>Hookflow::DelayEditor</name>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>대기 시간(&amp;W):</translation>
    </message>
    <message>
        <source>Users wait this long, then go on to the next step.</source>
        <translation>사용자는 이 시간만큼 기다린 뒤 다음 단계로 진행합니다.</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>대기 시간</translation>
    </message>
    <message>
        <source>wait unit</source>
        <translation>대기 시간 단위</translation>
    </message>
</context>
<context>
    <name>Hookflow::DeliveryModel</name>
    <message>
        <source>Delivered</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>webhook-id: %1</source>
        <translation>webhook-id: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>응답 코드</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>응답 시간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>재시도 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Retrying in %1</source>
        <translation>%1 후 재시도</translation>
    </message>
    <message>
        <source>webhook-id: %1
protocol: %2</source>
        <translation>webhook-id: %1
프로토콜: %2</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
</context>
<context>
    <name>Hookflow::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>경로: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>노드: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>Hookflow::ExitEditor</name>
    <message>
        <source>Users who reach this step leave the campaign.</source>
        <translation>이 단계에 도달한 사용자는 캠페인에서 빠져나갑니다.</translation>
    </message>
</context>
<context>
    <name>Hookflow::FlowScene</name>
    <message>
        <source>edges go from an output to an input: drop on a node&apos;s input port, on its left side</source>
        <translation>연결선은 출력에서 입력으로 이어집니다. 노드 왼쪽의 입력 포트에 놓으세요</translation>
    </message>
    <message>
        <source>edges go from an output to an input: drop on a node&apos;s output port, on its right side</source>
        <translation>연결선은 출력에서 입력으로 이어집니다. 노드 오른쪽의 출력 포트에 놓으세요</translation>
    </message>
    <message>
        <source>connect from the branch&apos;s &quot;yes&quot; or &quot;no&quot; output</source>
        <translation>분기의 &quot;예&quot; 또는 &quot;아니요&quot; 출력에서 연결하세요</translation>
    </message>
</context>
<context>
    <name>Hookflow::FlowView</name>
    <message>
        <source>Select the nodes to copy first.</source>
        <translation>복사할 노드를 먼저 선택하세요.</translation>
    </message>
    <message>
        <source>Select the nodes to cut first.</source>
        <translation>잘라낼 노드를 먼저 선택하세요.</translation>
    </message>
    <message>
        <source>The clipboard holds no part of a flow to paste.</source>
        <translation>클립보드에 붙여넣을 플로우가 없습니다.</translation>
    </message>
    <message>
        <source>Select the nodes to duplicate first.</source>
        <translation>복제할 노드를 먼저 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Hookflow::Inspector</name>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>노드 %n개 선택됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::KeyValueModel</name>
    <message>
        <source>new row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>removed row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>row %1 name</source>
        <translation>%1행 이름</translation>
    </message>
    <message>
        <source>row %1 value</source>
        <translation>%1행 값</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>Hookflow::LimitEditor</name>
    <message>
        <source> message(s)</source>
        <translation>회</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>최대(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>A user who already got this many messages in the window stops here.</source>
        <translation>이 기간 안에 이미 이만큼 메시지를 받은 사용자는 여기서 멈춥니다.</translation>
    </message>
    <message>
        <source>message cap</source>
        <translation>최대 메시지 수</translation>
    </message>
    <message>
        <source>window</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>window unit</source>
        <translation>기간 단위</translation>
    </message>
</context>
<context>
    <name>Hookflow::MainWindow</name>
    <message>
        <source>Run #%1 is going…</source>
        <translation>실행 #%1 진행 중…</translation>
    </message>
    <message>
        <source>The catcher could not start: %1</source>
        <translation>수신기를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The results database could not be opened: %1</source>
        <translation>결과 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a campaign file (%1)</source>
        <translation>캠페인 파일 열기 (%1)</translation>
    </message>
    <message>
        <source>&amp;Close Campaign</source>
        <translation>캠페인 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>모의 발송(&amp;D)</translation>
    </message>
    <message>
        <source>Render every request for the sample users without sending anything (Ctrl+F5)</source>
        <translation>실제로 보내지 않고 샘플 사용자별 요청을 모두 렌더링합니다 (Ctrl+F5)</translation>
    </message>
    <message>
        <source>&amp;Test Fire</source>
        <translation>테스트 발송(&amp;T)</translation>
    </message>
    <message>
        <source>Send the campaign to the sample users (F5)</source>
        <translation>샘플 사용자에게 캠페인을 발송합니다 (F5)</translation>
    </message>
    <message>
        <source>Send to Built-in &amp;Catcher</source>
        <translation>내장 수신기로 보내기(&amp;C)</translation>
    </message>
    <message>
        <source>Send to &amp;Real URLs</source>
        <translation>실제 URL로 보내기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fit Flow to Window</source>
        <translation>플로우를 창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;User…</source>
        <translation>사용자 찾기(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;About Hookflow</source>
        <translation>Hookflow 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>캠페인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send To</source>
        <translation>발송 대상(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>발송 대상:</translation>
    </message>
    <message>
        <source>Built-in catcher</source>
        <translation>내장 수신기</translation>
    </message>
    <message>
        <source>Real URLs</source>
        <translation>실제 URL</translation>
    </message>
    <message>
        <source>Every request goes to the local catcher; nothing leaves this computer</source>
        <translation>모든 요청이 로컬 수신기로 가며, 이 컴퓨터 밖으로 나가지 않습니다</translation>
    </message>
    <message>
        <source>Requests go to the URLs in the campaign</source>
        <translation>요청이 캠페인에 설정된 URL로 전송됩니다</translation>
    </message>
    <message>
        <source>Where live test-fire requests go</source>
        <translation>테스트 발송 요청을 보낼 곳</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation>사용자 검색…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>사용자 검색</translation>
    </message>
    <message>
        <source>Sample users</source>
        <translation>샘플 사용자</translation>
    </message>
    <message>
        <source>Test fire</source>
        <translation>테스트 발송</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <source>Catcher</source>
        <translation>수신기</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <source>%1 (not open)</source>
        <translation>%1 (열리지 않음)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Catcher: %1</source>
        <translation>수신기: %1</translation>
    </message>
    <message>
        <source>Catcher: not listening</source>
        <translation>수신기: 대기 중 아님</translation>
    </message>
    <message>
        <source>Sample users could not be read: %1</source>
        <translation>샘플 사용자를 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>사용자 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>사용자 %n명 중 %1명</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened; see Issues.</source>
        <translation>%1을(를) 열 수 없습니다. 문제 패널을 확인하세요.</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>캠페인 열기</translation>
    </message>
    <message>
        <source>Hookflow campaigns (*.hookflow.json);;JSON files (*.json);;All files (*)</source>
        <translation>Hookflow 캠페인 (*.hookflow.json);;JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a campaign to validate it.</source>
        <translation>검증할 캠페인을 여세요.</translation>
    </message>
    <message>
        <source>“%1” has no problems.</source>
        <translation>“%1”에 문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 could not be read: %2</source>
        <translation>실행 #%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Test fire refused: %1</source>
        <translation>테스트 발송 불가: %1</translation>
    </message>
    <message>
        <source>Test Fire Refused</source>
        <translation>테스트 발송 불가</translation>
    </message>
    <message>
        <source>Open a campaign first.</source>
        <translation>먼저 캠페인을 여세요.</translation>
    </message>
    <message>
        <source>A run is already going; wait for it to finish.</source>
        <translation>이미 실행 중입니다. 끝날 때까지 기다리세요.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n error(s); fix them before a test fire.</source>
        <translation>
            <numerusform>“%1”에 오류가 %n개 있습니다. 테스트 발송 전에 수정하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sample users to send to.</source>
        <translation>발송할 샘플 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>The built-in catcher is not listening.</source>
        <translation>내장 수신기가 대기 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Send to Real URLs?</source>
        <translation>실제 URL로 보낼까요?</translation>
    </message>
    <message>
        <source>The test fire will send real requests to the URLs in “%1”. Continue?</source>
        <translation>테스트 발송 시 “%1”에 설정된 URL로 실제 요청을 보냅니다. 계속할까요?</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>“%1” 시작 중…</translation>
    </message>
    <message>
        <source>Dry run of “%1”…</source>
        <translation>“%1” 모의 발송 중…</translation>
    </message>
    <message>
        <source>Test-firing “%1”…</source>
        <translation>“%1” 테스트 발송 중…</translation>
    </message>
    <message>
        <source>Run #%1 stopped: %2</source>
        <translation>실행 #%1 중단됨: %2</translation>
    </message>
    <message>
        <source>Run #%1 finished: %2 delivered, %3 failed, %4 skipped.</source>
        <translation>실행 #%1 완료: 성공 %2, 실패 %3, 건너뜀 %4.</translation>
    </message>
    <message>
        <source>About Hookflow</source>
        <translation>Hookflow 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookflow %1&lt;/h3&gt;&lt;p&gt;Design webhook campaigns, test-fire them against sample users and read what was delivered.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookflow %1&lt;/h3&gt;&lt;p&gt;웹훅 캠페인을 설계하고, 샘플 사용자를 대상으로 테스트 발송한 뒤 전송 결과를 확인하세요.&lt;/p&gt;&lt;p&gt;워크스페이스: %2&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 또는 그 이후 버전에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hookflow — %1[*]</source>
        <translation>Hookflow — %1[*]</translation>
    </message>
    <message>
        <source>Select a campaign on the left, open a campaign file with %1 or start a new one with %2.</source>
        <translation>왼쪽에서 캠페인을 선택하거나, 캠페인 파일을 열거나(%1), 새 캠페인을 시작하세요(%2).</translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation>새 캠페인(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty campaign (%1)</source>
        <translation>빈 캠페인 만들기 (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the campaign (%1)</source>
        <translation>캠페인 저장 (%1)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>저장된 상태로 되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>List the campaign&apos;s problems in Issues (F7)</source>
        <translation>캠페인의 문제를 문제 패널에 표시합니다 (F7)</translation>
    </message>
    <message>
        <source>Mark the campaign as running</source>
        <translation>캠페인을 실행 중 상태로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Pause Campaign</source>
        <translation>캠페인 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;End Campaign</source>
        <translation>캠페인 종료(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>자동 정렬(&amp;A)</translation>
    </message>
    <message>
        <source>Arrange the flow from left to right</source>
        <translation>플로우를 왼쪽에서 오른쪽으로 정렬합니다</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>격자에 맞추기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>미니맵(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 캠페인 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Open a campaign to see and edit its nodes here.</source>
        <translation>캠페인을 열면 여기에서 노드를 보고 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <source>The current campaign&apos;s status</source>
        <translation>현재 캠페인의 상태</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>아직 저장되지 않음</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Untitled campaign %1</source>
        <translation>제목 없는 캠페인 %1</translation>
    </message>
    <message>
        <source>Save Campaign As</source>
        <translation>다른 이름으로 캠페인 저장</translation>
    </message>
    <message>
        <source>Hookflow campaigns (*.hookflow.json)</source>
        <translation>Hookflow 캠페인 (*.hookflow.json)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>캠페인을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Revert to Saved?</source>
        <translation>저장된 상태로 되돌릴까요?</translation>
    </message>
    <message>
        <source>Throw away the changes to “%1” since it was last saved?</source>
        <translation>마지막으로 저장한 이후 “%1”에서 변경한 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”에 저장되지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>&amp;Resume Campaign</source>
        <translation>캠페인 재개(&amp;R)</translation>
    </message>
    <message>
        <source>Status of “%1”: %2</source>
        <translation>“%1” 상태: %2</translation>
    </message>
    <message>
        <source>Pause the Campaign?</source>
        <translation>캠페인을 일시 중지할까요?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent campaigns</source>
        <translation>최근 캠페인 없음</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>a campaign that was never saved</source>
        <translation>한 번도 저장하지 않은 캠페인</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation>저장되지 않은 변경 사항을 복구할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Hookflow did not close properly last time. Unsaved changes to %n campaign(s) were kept:

%1

Open them again?</source>
        <translation>
            <numerusform>지난번에 Hookflow가 정상적으로 종료되지 않았습니다. 캠페인 %n개의 저장되지 않은 변경 사항이 보존되어 있습니다:

%1

다시 열까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be recovered.</source>
        <translation>%1을(를) 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>복제(&amp;L)</translation>
    </message>
    <message>
        <source>St&amp;art Campaign</source>
        <translation>캠페인 시작(&amp;A)</translation>
    </message>
    <message>
        <source>“%1” is running. Pause it while you edit, so that no user gets a half-finished change?</source>
        <translation>“%1” 캠페인이 실행 중입니다. 편집하는 동안 일시 중지하여 사용자가 반쯤 바뀐 내용을 받지 않도록 할까요?</translation>
    </message>
    <message>
        <source>Co&amp;nnect Selected Nodes</source>
        <translation>선택한 노드 연결(&amp;N)</translation>
    </message>
    <message>
        <source>Connect the two selected nodes, from the left one to the right one (a branch uses its &quot;yes&quot; output first)</source>
        <translation>선택한 두 노드를 왼쪽 노드에서 오른쪽 노드로 연결합니다 (분기 노드는 &quot;예&quot; 출력을 먼저 사용)</translation>
    </message>
    <message>
        <source>Select the two nodes to connect.</source>
        <translation>연결할 노드 두 개를 선택하세요.</translation>
    </message>
    <message>
        <source>St&amp;op Test Fire</source>
        <translation>테스트 발송 중지(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the running test fire: nothing more is sent, and deliveries still waiting for a retry are recorded as failed (Shift+F5)</source>
        <translation>진행 중인 테스트 발송을 중지합니다. 더 이상 발송하지 않으며, 재시도를 기다리던 발송은 실패로 기록됩니다 (Shift+F5)</translation>
    </message>
    <message>
        <source>Resume Test Fire?</source>
        <translation>테스트 발송을 재개할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 of “%2” stopped before it finished (Hookflow was closed or crashed). %n delivery(s) were not completed.

Resume it now? Deliveries that may already have arrived are sent again with the same webhook-id, so a receiver that de-duplicates sees each once.</source>
        <translation>
            <numerusform>“%2”의 실행 #%1이(가) 끝나기 전에 멈췄습니다 (Hookflow가 종료되었거나 비정상 종료됨). 발송 %n건이 완료되지 않았습니다.

지금 재개할까요? 이미 도착했을 수 있는 발송은 같은 webhook-id로 다시 보내므로, 중복을 걸러 내는 수신 측에서는 각각 한 번만 받습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>the interrupted run was not resumed</source>
        <translation>중단된 실행을 재개하지 않았습니다</translation>
    </message>
    <message>
        <source>interrupted; not resumed</source>
        <translation>중단됨, 재개하지 않음</translation>
    </message>
    <message>
        <source>Resuming run #%1…</source>
        <translation>실행 #%1 재개 중…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Record as &amp;Canceled</source>
        <translation>취소로 기록(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Hookflow::MiniMap</name>
    <message>
        <source>Minimap</source>
        <translation>미니맵</translation>
    </message>
    <message>
        <source>The whole flow; click or drag to move the view.</source>
        <translation>전체 플로우입니다. 클릭하거나 드래그하여 보기를 이동하세요.</translation>
    </message>
</context>
<context>
    <name>Hookflow::NodeEditor</name>
    <message>
        <source>What reports, the Issues panel and the campaign file call this node</source>
        <translation>리포트, 문제 패널, 캠페인 파일에서 이 노드를 가리키는 이름</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Shown on the canvas</source>
        <translation>캔버스에 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>표시 이름(&amp;C):</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Not changed: the campaign is running. Pause it to edit it.</source>
        <translation>변경되지 않았습니다: 캠페인이 실행 중입니다. 편집하려면 일시 중지하세요.</translation>
    </message>
</context>
<context>
    <name>Hookflow::NodeKindModel</name>
    <message>
        <source>Starts the flow when a user does an event, optionally filtered by its properties.</source>
        <translation>사용자가 이벤트를 수행하면 플로우를 시작합니다. 이벤트 속성으로 필터링할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Lets only the users who match the targeting rules through.</source>
        <translation>타겟팅 규칙에 맞는 사용자만 통과시킵니다.</translation>
    </message>
    <message>
        <source>Sends one HTTP request, personalized for each user.</source>
        <translation>사용자별로 개인화된 HTTP 요청을 하나씩 보냅니다.</translation>
    </message>
    <message>
        <source>Waits a while before the next step.</source>
        <translation>다음 단계로 넘어가기 전에 일정 시간 기다립니다.</translation>
    </message>
    <message>
        <source>Splits the flow: users who match the rules go on at “yes”, the others at “no”.</source>
        <translation>플로우를 나눕니다. 규칙에 맞는 사용자는 “예”로, 나머지는 “아니요”로 진행합니다.</translation>
    </message>
    <message>
        <source>Caps how often a user goes through: at most a number of times per period.</source>
        <translation>사용자가 통과하는 빈도를 기간당 최대 횟수로 제한합니다.</translation>
    </message>
    <message>
        <source>Ends the flow.</source>
        <translation>플로우를 끝냅니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Drag onto the canvas, or double-click to add.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;캔버스로 드래그하거나 더블클릭하여 추가하세요.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Hookflow::NodePalette</name>
    <message>
        <source>Node palette</source>
        <translation>노드 팔레트</translation>
    </message>
</context>
<context>
    <name>Hookflow::RequestPreview</name>
    <message>
        <source>Show &amp;secrets</source>
        <translation>시크릿 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Search sample users</source>
        <translation>샘플 사용자 검색</translation>
    </message>
    <message>
        <source>The sample user the request is rendered for</source>
        <translation>요청을 렌더링할 샘플 사용자</translation>
    </message>
    <message>
        <source>Show the values of secrets and authorization headers instead of [redacted]</source>
        <translation>[redacted] 대신 시크릿과 인증 헤더의 실제 값을 표시합니다</translation>
    </message>
    <message>
        <source>Copy the request as a curl command (secrets only when shown)</source>
        <translation>요청을 curl 명령으로 복사합니다 (시크릿은 표시 중일 때만 포함)</translation>
    </message>
    <message>
        <source>Sample &amp;user:</source>
        <translation>샘플 사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Select a webhook node to preview the request it sends.</source>
        <translation>웹훅 노드를 선택하면 보낼 요청을 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Import or generate sample users to preview the request for one of them.</source>
        <translation>샘플 사용자를 가져오거나 생성하면 사용자별 요청을 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a sample user to preview the request for.</source>
        <translation>요청을 미리 볼 샘플 사용자를 선택하세요.</translation>
    </message>
    <message>
        <source>The request cannot be built because a template has an error:
%1</source>
        <translation>템플릿에 오류가 있어 요청을 만들 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>The campaign has no trigger; event properties are empty.</source>
        <translation>캠페인에 트리거가 없으므로 이벤트 속성이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Trigger event: %1, with no sample event, so its properties are empty.</source>
        <translation>트리거 이벤트: %1 (샘플 이벤트가 없으므로 속성이 비어 있습니다)</translation>
    </message>
    <message>
        <source>Nothing would be sent to %1: %2</source>
        <translation>사용자 %1에게는 아무것도 발송되지 않습니다: %2</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(본문 없음)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>&amp;Copy as cURL</source>
        <translation>cURL로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Trigger event: %1 at %2 (the latest sample event)</source>
        <translation>트리거 이벤트: %2의 %1 (가장 최근 샘플 이벤트)</translation>
    </message>
</context>
<context>
    <name>Hookflow::RuleBuilder</name>
    <message>
        <source>No rules: every user is targeted. Add a rule to narrow the audience down.</source>
        <translation>규칙 없음: 모든 사용자가 타겟팅됩니다. 규칙을 추가하여 오디언스 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>+ Add rule (or)</source>
        <translation>+ 규칙 추가 (또는)</translation>
    </message>
    <message>
        <source>Users who pass any one rule are targeted</source>
        <translation>규칙 중 하나라도 통과한 사용자가 타겟팅됩니다</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>또는</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule %1&lt;/b&gt; — all of:</source>
        <translation>&lt;b&gt;규칙 %1&lt;/b&gt; — 다음을 모두 충족:</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>rule %1, %2</source>
        <translation>규칙 %1, %2</translation>
    </message>
    <message>
        <source>removed rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Hackle allows at most %1 rules; this audience has %2.</source>
        <translation>Hackle에서는 규칙을 최대 %1개까지 허용합니다. 이 오디언스에는 규칙이 %2개 있습니다.</translation>
    </message>
    <message>
        <source>Hackle allows at most %1 conditions in a rule; one rule has %2.</source>
        <translation>Hackle에서는 규칙 하나에 조건을 최대 %1개까지 허용합니다. 조건이 %2개인 규칙이 있습니다.</translation>
    </message>
</context>
<context>
    <name>Hookflow::TemplateEditor</name>
    <message>
        <source>Insert a variable (Ctrl+Shift+Space)</source>
        <translation>변수 삽입 (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Insert &amp;Variable…</source>
        <translation>변수 삽입(&amp;V)…</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>변수 삽입…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>filter without arguments</source>
        <translation>인수가 없는 필터</translation>
    </message>
    <message numerus="yes">
        <source>filter with %n argument(s)</source>
        <translation>
            <numerusform>인수를 %n개 받는 필터</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filter with up to %n argument(s)</source>
        <translation>
            <numerusform>인수를 최대 %n개 받는 필터</numerusform>
        </translation>
    </message>
    <message>
        <source>filter with %1 to %2 arguments</source>
        <translation>인수를 %1~%2개 받는 필터</translation>
    </message>
    <message>
        <source>%1; options: %2</source>
        <translation>%1, 옵션: %2</translation>
    </message>
</context>
<context>
    <name>Hookflow::TemplateLexer</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON key</source>
        <translation>JSON 키</translation>
    </message>
    <message>
        <source>JSON string</source>
        <translation>JSON 문자열</translation>
    </message>
    <message>
        <source>JSON number</source>
        <translation>JSON 숫자</translation>
    </message>
    <message>
        <source>JSON true, false or null</source>
        <translation>JSON true, false, null</translation>
    </message>
    <message>
        <source>JSON punctuation</source>
        <translation>JSON 구두점</translation>
    </message>
    <message>
        <source>Placeholder braces</source>
        <translation>플레이스홀더 중괄호</translation>
    </message>
    <message>
        <source>Placeholder variable</source>
        <translation>플레이스홀더 변수</translation>
    </message>
    <message>
        <source>Placeholder filter</source>
        <translation>플레이스홀더 필터</translation>
    </message>
    <message>
        <source>Placeholder keyword</source>
        <translation>플레이스홀더 키워드</translation>
    </message>
    <message>
        <source>Placeholder literal</source>
        <translation>플레이스홀더 리터럴</translation>
    </message>
    <message>
        <source>Placeholder operator</source>
        <translation>플레이스홀더 연산자</translation>
    </message>
    <message>
        <source>Tag braces</source>
        <translation>태그 괄호</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>태그 이름</translation>
    </message>
    <message>
        <source>Tag variable</source>
        <translation>태그 변수</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>태그 필터</translation>
    </message>
    <message>
        <source>Tag keyword</source>
        <translation>태그 키워드</translation>
    </message>
    <message>
        <source>Tag literal</source>
        <translation>태그 리터럴</translation>
    </message>
    <message>
        <source>Tag operator</source>
        <translation>태그 연산자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>원시 텍스트</translation>
    </message>
</context>
<context>
    <name>Hookflow::TestFirePanel</name>
    <message>
        <source>Targeted</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>조건 일치</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Filter deliveries…</source>
        <translation>발송 내역 필터…</translation>
    </message>
    <message>
        <source>Select a delivery to see the request as sent and the response.</source>
        <translation>발송 내역을 선택하면 보낸 요청과 응답을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>모의 발송</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실제 발송</translation>
    </message>
    <message>
        <source>Latest run #%1 of %2 · %3 · %4</source>
        <translation>%2 최근 실행 #%1 · %3 · %4</translation>
    </message>
    <message>
        <source>No runs yet. Test fire (F5) sends the campaign to the sample users.</source>
        <translation>아직 실행 기록이 없습니다. 테스트 발송(F5)으로 샘플 사용자에게 캠페인을 보내 보세요.</translation>
    </message>
    <message>
        <source>→ %1 in %2 ms</source>
        <translation>→ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>── Attempt %1 ──</source>
        <translation>── %1번째 시도 ──</translation>
    </message>
    <message>
        <source>→ no response yet</source>
        <translation>→ 아직 응답 없음</translation>
    </message>
    <message>
        <source>→ no response</source>
        <translation>→ 응답 없음</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>오류 (%1): %2</translation>
    </message>
</context>
<context>
    <name>Hookflow::TraceModel</name>
    <message>
        <source>✓ Rule %1 passes: every condition holds</source>
        <translation>✓ 규칙 %1 통과: 모든 조건 충족</translation>
    </message>
    <message>
        <source>✗ Rule %1 fails</source>
        <translation>✗ 규칙 %1 미통과</translation>
    </message>
    <message>
        <source>Looked at: %1
Value seen: %2
%3</source>
        <translation>확인 대상: %1
확인된 값: %2
%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>Hookflow::TriggerEditor</name>
    <message>
        <source>e.g. purchase</source>
        <translation>예: purchase</translation>
    </message>
    <message>
        <source>When &amp;event:</source>
        <translation>이벤트 발생 시(&amp;E):</translation>
    </message>
    <message>
        <source>event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Only when the event&apos;s properties match all of:</source>
        <translation>이벤트 속성이 다음을 모두 충족할 때만:</translation>
    </message>
    <message>
        <source>+ Add event condition</source>
        <translation>+ 이벤트 조건 추가</translation>
    </message>
    <message>
        <source>filter %1</source>
        <translation>필터 %1</translation>
    </message>
    <message>
        <source>No sample data has a &quot;%1&quot; event yet; a test fire sends one without properties.</source>
        <translation>샘플 데이터에 아직 &quot;%1&quot; 이벤트가 없습니다. 테스트 발송에서는 속성이 없는 이벤트를 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The conditions hold for %1 of %n sample &quot;%2&quot; event(s).</source>
        <translation>
            <numerusform>샘플 &quot;%2&quot; 이벤트 %n개 중 %1개가 조건을 충족합니다.</numerusform>
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
이벤트 기록 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::VariableListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>Set for %n sample user(s)</source>
        <translation>
            <numerusform>샘플 사용자 %n명에게 설정됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen in %n sample event(s)</source>
        <translation>
            <numerusform>샘플 이벤트 %n개에서 확인됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookflow::VariablePicker</name>
    <message>
        <source>Search variables</source>
        <translation>변수 검색</translation>
    </message>
</context>
<context>
    <name>Hookflow::WebhookEditor</name>
    <message>
        <source>&amp;Method:</source>
        <translation>메서드(&amp;M):</translation>
    </message>
    <message>
        <source>method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&lt;b&gt;Query parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;쿼리 파라미터&lt;/b&gt;</translation>
    </message>
    <message>
        <source>query parameters</source>
        <translation>쿼리 파라미터</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headers&lt;/b&gt;</source>
        <translation>&lt;b&gt;헤더&lt;/b&gt;</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Content-Type: application/json is always sent. Write secrets as {{secrets.NAME}}; their values never go into the campaign file.</source>
        <translation>Content-Type: application/json은 항상 전송됩니다. 시크릿은 {{secrets.NAME}} 형식으로 작성하세요. 시크릿 값은 캠페인 파일에 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Body&lt;/b&gt;</source>
        <translation>&lt;b&gt;본문&lt;/b&gt;</translation>
    </message>
    <message>
        <source>GET requests are sent without a body.</source>
        <translation>GET 요청은 본문 없이 전송됩니다.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>발송 설정</translation>
    </message>
    <message>
        <source>&amp;Retry policy:</source>
        <translation>재시도 정책(&amp;R):</translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation>정책 기본값</translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation>최대 시도 횟수(&amp;A):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>타임아웃(&amp;T):</translation>
    </message>
    <message>
        <source>retry policy</source>
        <translation>재시도 정책</translation>
    </message>
    <message>
        <source>max attempts</source>
        <translation>최대 시도 횟수</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>&amp;Sign requests (Standard Webhooks)</source>
        <translation>요청에 서명 (Standard Webhooks)(&amp;S)</translation>
    </message>
    <message>
        <source>secret name, e.g. signing_key</source>
        <translation>시크릿 이름 (예: signing_key)</translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation>시크릿 이름(&amp;N):</translation>
    </message>
    <message>
        <source>The receiver checks the webhook-signature header with this secret. Only its name is saved.</source>
        <translation>수신 측은 이 시크릿으로 webhook-signature 헤더를 검증합니다. 시크릿 이름만 저장됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;미리보기&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Test fire: 5 attempts within 30 min (default)</source>
        <translation>테스트 발송: 30분 안에 5회 시도 (기본값)</translation>
    </message>
    <message>
        <source>Production: 8 attempts over about a day (Svix&apos;s schedule)</source>
        <translation>운영: 약 하루 동안 8회 시도 (Svix 일정)</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>시도 일정:</translation>
    </message>
    <message>
        <source>How long one attempt may take, counted from the moment it is sent (not while it waits its turn)</source>
        <translation>한 번의 시도에 허용되는 시간으로, 차례를 기다리는 동안이 아니라 요청을 보낸 순간부터 셉니다</translation>
    </message>
    <message>
        <source>An attempt fails when the endpoint sends nothing for this long</source>
        <translation>엔드포인트가 이 시간 동안 아무것도 보내지 않으면 시도가 실패합니다</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>무응답 타임아웃(&amp;I):</translation>
    </message>
    <message>
        <source>Allowed over TLS (default)</source>
        <translation>TLS에서 허용 (기본값)</translation>
    </message>
    <message>
        <source>Off: HTTP/1.1 only</source>
        <translation>끄기: HTTP/1.1만 사용</translation>
    </message>
    <message>
        <source>Prior knowledge: h2c on http://</source>
        <translation>사전 지식: http://에서 h2c 사용</translation>
    </message>
    <message>
        <source>HTTP/&amp;2:</source>
        <translation>HTTP/2(&amp;2):</translation>
    </message>
    <message>
        <source>&amp;Follow redirects (at most 5, never to http://)</source>
        <translation>리디렉션 따라가기(&amp;F) (최대 5회, http://로는 따라가지 않음)</translation>
    </message>
    <message>
        <source>Off by default: a 3xx answer then fails the delivery. Credentials and signatures are dropped when a redirect leads to another host.</source>
        <translation>기본값은 꺼짐이며, 이때 3xx 응답은 발송 실패로 처리됩니다. 리디렉션이 다른 호스트로 이어지면 인증 정보와 서명은 보내지 않습니다.</translation>
    </message>
    <message>
        <source>inactivity timeout</source>
        <translation>무응답 타임아웃</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>Preset (%1)</source>
        <translation>프리셋 (%1)</translation>
    </message>
    <message>
        <source>Each retry waits this long after the previous attempt failed. From the first attempt to the last takes at most %1, longer only when the endpoint asks for more with Retry-After (up to %2 per retry).</source>
        <translation>각 재시도는 이전 시도가 실패한 뒤 이만큼 기다립니다. 첫 시도부터 마지막 시도까지 최대 %1 걸리며, 엔드포인트가 Retry-After로 더 기다려 달라고 할 때만 더 길어집니다 (재시도마다 최대 %2).</translation>
    </message>
    <message>
        <source>redirects</source>
        <translation>리디렉션</translation>
    </message>
</context>
<context>
    <name>Hookflow::WhyNotPanel</name>
    <message>
        <source>&lt;b&gt;Why in, why out?&lt;/b&gt; Pick a sample user to see how the rules decide for them.</source>
        <translation>&lt;b&gt;왜 포함되고, 왜 제외될까요?&lt;/b&gt; 샘플 사용자를 선택하면 규칙이 그 사용자를 어떻게 판단하는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Sample user</source>
        <translation>샘플 사용자</translation>
    </message>
    <message>
        <source>Search by user id or name</source>
        <translation>사용자 ID 또는 이름으로 검색</translation>
    </message>
    <message>
        <source>There are no sample users. Import or generate some.</source>
        <translation>샘플 사용자가 없습니다. 샘플 사용자를 가져오거나 생성하세요.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #1b7f3b&quot;&gt;✓ &lt;b&gt;%1&lt;/b&gt; is targeted: there are no rules, so everyone is.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: #1b7f3b&quot;&gt;✓ &lt;b&gt;%1&lt;/b&gt;은(는) 타겟팅됩니다: 규칙이 없으므로 모든 사용자가 타겟팅됩니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #1b7f3b&quot;&gt;✓ &lt;b&gt;%1&lt;/b&gt; is targeted by rule %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: #1b7f3b&quot;&gt;✓ &lt;b&gt;%1&lt;/b&gt;은(는) 규칙 %2에 의해 타겟팅됩니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: #b3261e&quot;&gt;✗ &lt;b&gt;%1&lt;/b&gt; is not targeted: every rule has a condition that fails (marked ✗).&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: #b3261e&quot;&gt;✗ &lt;b&gt;%1&lt;/b&gt;은(는) 타겟팅되지 않습니다: 모든 규칙에 충족하지 못한 조건(✗ 표시)이 있습니다.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>HttpAttempt</name>
    <message>
        <source>the URL is not valid: %1</source>
        <translation>URL이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; has no scheme; only http:// and https:// URLs are sent</source>
        <translation>URL &quot;%1&quot;에 스킴이 없습니다. http://와 https:// URL로만 보냅니다</translation>
    </message>
    <message>
        <source>the URL scheme &quot;%1:&quot; is refused; only http:// and https:// URLs are sent</source>
        <translation>URL 스킴 &quot;%1:&quot;은(는) 허용되지 않습니다. http://와 https:// URL로만 보냅니다</translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; has no host</source>
        <translation>URL &quot;%1&quot;에 호스트가 없습니다</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms of sending</source>
        <translation>보낸 뒤 %1ms 안에 응답을 모두 받지 못했습니다</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not match the pinned one</source>
        <translation>서버 인증서가 고정(pinning)된 인증서와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>TLS 핸드셰이크에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>the response was longer than %1 MiB; it was cut off</source>
        <translation>응답이 %1MiB보다 길어 중간에서 잘랐습니다</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>%1ms 동안 데이터가 없었습니다</translation>
    </message>
    <message>
        <source>more than %1 redirects; the last one pointed to %2</source>
        <translation>리디렉션이 %1회를 넘었습니다. 마지막 리디렉션 대상: %2</translation>
    </message>
    <message>
        <source>the redirect was not followed: %1</source>
        <translation>리디렉션을 따라가지 않았습니다: %1</translation>
    </message>
    <message>
        <source>the redirect from https to %1 was refused: it would send the request unencrypted</source>
        <translation>https에서 %1(으)로의 리디렉션을 거부했습니다. 요청이 암호화되지 않은 채 전송되기 때문입니다</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>서버 응답: HTTP %1 %2</translation>
    </message>
    <message>
        <source>(redirects are not followed unless the policy allows them)</source>
        <translation>(정책에서 허용하지 않으면 리디렉션을 따라가지 않습니다)</translation>
    </message>
    <message>
        <source>the server sent HTTP %1 and then no final answer</source>
        <translation>서버가 HTTP %1을(를) 보낸 뒤 최종 응답을 보내지 않았습니다</translation>
    </message>
    <message>
        <source>the response (HTTP %1) stalled: no data for %2 ms</source>
        <translation>응답(HTTP %1)이 멈췄습니다: %2 ms 동안 데이터가 없었습니다</translation>
    </message>
    <message>
        <source>the response (HTTP %1) broke off: %2</source>
        <translation>응답(HTTP %1)이 중간에 끊겼습니다: %2</translation>
    </message>
    <message>
        <source>the response (HTTP %1) broke off after %2 of its %3 bytes</source>
        <translation>응답(HTTP %1)이 %3바이트 중 %2바이트만 받은 뒤 끊겼습니다</translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>invalid value (expected a string, number, object, array, true, false or null)</source>
        <translation>잘못된 값 (문자열, 숫자, 객체, 배열, true, false, null 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>문서의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>unexpected end of the document</source>
        <translation>문서가 예기치 않게 끝났습니다</translation>
    </message>
    <message>
        <source>unexpected end of the document inside an object</source>
        <translation>객체 안에서 문서가 예기치 않게 끝났습니다</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>따옴표로 묶은 멤버 이름이 필요합니다</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>중복된 멤버 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>멤버 이름 뒤에 &apos;:&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>멤버 뒤에 &apos;,&apos; 또는 &apos;}&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>unexpected end of the document inside an array</source>
        <translation>배열 안에서 문서가 예기치 않게 끝났습니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>배열 요소 뒤에 &apos;,&apos; 또는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>unexpected end of the document inside a string</source>
        <translation>문자열 안에서 문서가 예기치 않게 끝났습니다</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>잘못된 \u 이스케이프</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>닫히지 않은 문자열</translation>
    </message>
    <message>
        <source>control character in a string (escape it, e.g. \n)</source>
        <translation>문자열 안에 제어 문자가 있습니다 (\n처럼 이스케이프하세요)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>잘못된 이스케이프 시퀀스</translation>
    </message>
    <message>
        <source>the string is not valid UTF-8</source>
        <translation>문자열이 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>숫자가 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>JSON 문서가 끝난 뒤에 예기치 않은 텍스트가 있습니다</translation>
    </message>
</context>
<context>
    <name>JsonValidator</name>
    <message>
        <source>more text after the JSON value</source>
        <translation>JSON 값 뒤에 텍스트가 더 있습니다</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>값이 없습니다</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>예기치 않은 문자</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>숫자 값에 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>a number needs digits after its decimal point</source>
        <translation>숫자의 소수점 뒤에 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>숫자의 지수부에 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>a control character must be escaped inside a string</source>
        <translation>문자열 안의 제어 문자는 이스케이프해야 합니다</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u 뒤에는 16진수 네 자리가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;\%1&quot; is not a JSON escape</source>
        <translation>&quot;\%1&quot;은(는) JSON 이스케이프가 아닙니다</translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation>문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation>배열과 객체의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; 또는 &quot;]&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>a member name must be a string</source>
        <translation>멤버 이름은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a member name</source>
        <translation>멤버 이름 뒤에 &quot;:&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>&quot;,&quot; 또는 &quot;}&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>a number too large for a receiver to read</source>
        <translation>수신 측에서 읽을 수 없을 만큼 큰 숫자</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n filter(s)</source>
        <translation>
            <numerusform>%1 · 필터 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>모든 사용자</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>규칙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>%1 대기</translation>
    </message>
    <message numerus="yes">
        <source>yes / no on %n rule(s)</source>
        <translation>
            <numerusform>규칙 %n개로 예 / 아니요 분기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per %1</source>
        <translation>
            <numerusform>%1당 최대 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>end of flow</source>
        <translation>플로우 종료</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>오디언스</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>빈도 제한</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>campaign &quot;%1&quot; has no runs in %2 yet</source>
        <translation>%2에 캠페인 &quot;%1&quot;의 실행 기록이 아직 없습니다</translation>
    </message>
    <message>
        <source>run %1 belongs to campaign &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>실행 %1은(는) 캠페인 &quot;%2&quot;의 실행입니다(&quot;%3&quot; 아님)</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>리포트 읽기</translation>
    </message>
    <message>
        <source>Campaign %1 (%2), run %3, %4 mode, %5
</source>
        <translation>캠페인 %1 (%2), 실행 %3, %4 모드, %5
</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>시작 %1</translation>
    </message>
    <message>
        <source>, finished %1</source>
        <translation>, 종료 %1</translation>
    </message>
    <message>
        <source>Stopped: %1
</source>
        <translation>중단됨: %1
</translation>
    </message>
    <message>
        <source>targeted %1, matched %2, sent %3, delivered %4, failed %5, skipped %6
</source>
        <translation>대상 %1, 조건 일치 %2, 발송 %3, 성공 %4, 실패 %5, 건너뜀 %6
</translation>
    </message>
    <message>
        <source>latency: median %1 ms, p95 %2 ms, max %3 ms
</source>
        <translation>응답 시간: 중앙값 %1 ms, p95 %2 ms, 최대 %3 ms
</translation>
    </message>
    <message>
        <source>  %1: sent %2, delivered %3, failed %4, skipped %5
</source>
        <translation>  %1: 발송 %2, 성공 %3, 실패 %4, 건너뜀 %5
</translation>
    </message>
    <message>
        <source>Failures:
</source>
        <translation>실패 사유:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n × %1 (e.g. user %2)
</source>
        <translation>
            <numerusform>  %n × %1 (예: 사용자 %2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1, run %2, %3 mode, %4</source>
        <translation>캠페인 %1, 실행 %2, %3 모드, %4</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>조건 일치</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>실패 사유</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1 of webhook &quot;%2&quot;: %3</source>
        <translation>웹훅 &quot;%2&quot;의 %1: %3</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>파라미터 %1</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>헤더 %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL; only those are ever called</source>
        <translation>&quot;%1&quot;은(는) http:// 또는 https:// URL이 아닙니다. 이 두 가지만 호출할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ResultsDatabase</name>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>%2에서 %1 실패: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>스키마 버전 읽기</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hookflow (schema %2; this version knows %3)</source>
        <translation>%1은(는) 더 최신 버전의 Hookflow에서 기록되었습니다 (스키마 %2, 이 버전이 아는 스키마 %3)</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>트랜잭션 시작</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>커밋</translation>
    </message>
    <message>
        <source>saving user %1</source>
        <translation>사용자 %1 저장</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>사용자 읽기</translation>
    </message>
    <message>
        <source>recording the run</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>finishing the run</source>
        <translation>실행 완료 처리</translation>
    </message>
    <message>
        <source>recording a delivery</source>
        <translation>발송 기록</translation>
    </message>
    <message>
        <source>recording an attempt</source>
        <translation>시도 기록</translation>
    </message>
    <message>
        <source>recording an attempt&apos;s outcome</source>
        <translation>시도 결과 기록</translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation>실행 목록 읽기</translation>
    </message>
    <message>
        <source>reading run %1</source>
        <translation>실행 %1 읽기</translation>
    </message>
    <message>
        <source>there is no run %1 in %2</source>
        <translation>%2에 실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>counting run %1</source>
        <translation>실행 %1 집계</translation>
    </message>
    <message>
        <source>reading attempts of run %1</source>
        <translation>실행 %1의 시도 읽기</translation>
    </message>
    <message>
        <source>%1 failed: the disk holding %2 is full. Nothing more is sent until it can be recorded; free some space, then resume the run.</source>
        <translation>%1 실패: %2이(가) 있는 디스크가 가득 찼습니다. 기록할 수 있을 때까지 더 이상 발송하지 않습니다. 공간을 확보한 뒤 실행을 재개하세요.</translation>
    </message>
    <message>
        <source>updating the database to schema %1</source>
        <translation>데이터베이스를 스키마 %1(으)로 업데이트</translation>
    </message>
    <message>
        <source>resuming run %1</source>
        <translation>실행 %1 재개</translation>
    </message>
    <message>
        <source>recording the canceled deliveries</source>
        <translation>취소된 발송 기록</translation>
    </message>
    <message>
        <source>reading queued deliveries</source>
        <translation>대기 중인 발송 읽기</translation>
    </message>
    <message>
        <source>reading deliveries due for a retry</source>
        <translation>재시도할 때가 된 발송 읽기</translation>
    </message>
    <message>
        <source>claiming a delivery due for a retry</source>
        <translation>재시도할 때가 된 발송 가져오기</translation>
    </message>
    <message>
        <source>the run stopped before this attempt&apos;s outcome was recorded; it was sent again on resume</source>
        <translation>이 시도의 결과가 기록되기 전에 실행이 멈췄습니다. 재개할 때 다시 보냈습니다</translation>
    </message>
    <message>
        <source>closing interrupted attempts</source>
        <translation>중단된 시도 마무리</translation>
    </message>
    <message>
        <source>re-queueing interrupted deliveries</source>
        <translation>중단된 발송을 다시 대기열에 넣기</translation>
    </message>
    <message>
        <source>recording a delivery&apos;s state</source>
        <translation>발송 상태 기록</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>SQL 문 준비</translation>
    </message>
    <message>
        <source>opening the database failed in %1: Qt&apos;s SQLite driver gave no connection handle</source>
        <translation>%1에서 데이터베이스를 열지 못했습니다: Qt의 SQLite 드라이버가 연결 핸들을 주지 않았습니다</translation>
    </message>
</context>
<context>
    <name>RunEngine</name>
    <message>
        <source>the campaign has errors; fix them first: %1</source>
        <translation>캠페인에 오류가 있습니다. 먼저 수정하세요: %1</translation>
    </message>
    <message>
        <source>%1 node &quot;%2&quot; cannot be run by this version of Hookflow yet, so the campaign cannot be test-fired; validation checks it already</source>
        <translation>%1 노드 &quot;%2&quot;은(는) 이 버전의 Hookflow에서 아직 실행할 수 없으므로 캠페인을 테스트 발송할 수 없습니다. 검증 단계에서 이미 확인됩니다</translation>
    </message>
    <message>
        <source>the trigger event has no event_key</source>
        <translation>트리거 이벤트에 event_key가 없습니다</translation>
    </message>
    <message>
        <source>dry run: rendered, not sent</source>
        <translation>모의 발송: 렌더링만 하고 보내지 않음</translation>
    </message>
    <message>
        <source>the run stopped because its results could not be recorded: %1</source>
        <translation>결과를 기록할 수 없어 실행이 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>a run is already in progress</source>
        <translation>이미 실행 중입니다</translation>
    </message>
    <message>
        <source>run %1 was recorded by an older Hookflow and cannot be resumed</source>
        <translation>실행 %1은(는) 이전 버전의 Hookflow에서 기록되어 재개할 수 없습니다</translation>
    </message>
    <message>
        <source>run %1 is a dry run; there is nothing to resume</source>
        <translation>실행 %1은(는) 모의 발송이므로 재개할 것이 없습니다</translation>
    </message>
    <message>
        <source>the campaign recorded with run %1 cannot be read</source>
        <translation>실행 %1에 기록된 캠페인을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot; cannot be signed: %2</source>
        <translation>웹훅 &quot;%1&quot;에 서명할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the campaign has no webhook node &quot;%1&quot; any more</source>
        <translation>캠페인에 더 이상 웹훅 노드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the Hackle profile sends only to https:// URLs (loopback aside); this one is %1</source>
        <translation>Hackle 프로필은 https:// URL로만 보냅니다 (루프백 제외). 이 URL은 %1입니다</translation>
    </message>
    <message>
        <source>the run was canceled before this was delivered</source>
        <translation>이 발송이 완료되기 전에 실행이 취소되었습니다</translation>
    </message>
    <message>
        <source>%1 is paused by its circuit breaker after repeated failures; trying again in %2</source>
        <translation>%1은(는) 반복된 실패로 서킷 브레이커에 의해 일시 중지되었습니다. %2 후 다시 시도합니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (%n회 시도 후 포기)</numerusform>
        </translation>
    </message>
    <message>
        <source>canceled while the request was on its way; the server may have received it</source>
        <translation>요청을 보내는 중에 취소되었습니다. 서버가 이미 받았을 수 있습니다</translation>
    </message>
    <message>
        <source>stopped while the users were being matched; nothing was sent or recorded</source>
        <translation>사용자를 매칭하는 중에 중지되었습니다. 아무것도 보내거나 기록하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>&quot;event_key&quot; must be a non-empty string</source>
        <translation>&quot;event_key&quot;는 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; must be an ISO 8601 date-time such as 2026-11-20T09:30:00Z</source>
        <translation>&quot;timestamp&quot;는 2026-11-20T09:30:00Z 같은 ISO 8601 날짜·시간이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation>&quot;properties&quot;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;user_id&quot; must be a non-empty string</source>
        <translation>&quot;user_id&quot;는 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;events&quot; must be an array</source>
        <translation>&quot;events&quot;는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>events[%1]: %2</source>
        <translation>events[%1]: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object of secret names and values</source>
        <translation>%1에는 시크릿 이름과 값으로 이루어진 JSON 객체가 있어야 합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>keep this workspace&apos;s secrets in its owner-only secrets file instead: run &quot;hookflow-cli secrets backend file&quot; and set them again</source>
        <translation>대신 이 워크스페이스의 시크릿을 소유자만 읽을 수 있는 시크릿 파일에 보관하세요: &quot;hookflow-cli secrets backend file&quot;을 실행한 뒤 시크릿을 다시 설정하세요</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>키체인이 %n초 안에 응답하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain can only be used by a running application</source>
        <translation>키체인은 실행 중인 애플리케이션에서만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>the application is shutting down</source>
        <translation>애플리케이션이 종료되는 중입니다</translation>
    </message>
    <message>
        <source>%1; there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>%1. D-Bus 세션 버스가 없습니다 (DBUS_SESSION_BUS_ADDRESS가 설정되지 않음)</translation>
    </message>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation>사용할 수 있는 키체인 서비스가 없습니다 (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>키체인이 접근을 거부했습니다 (%1)</translation>
    </message>
    <message>
        <source>no keychain service can be reached (%1)</source>
        <translation>키체인 서비스에 연결할 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; is not set: set it with &quot;hookflow-cli secrets set %1&quot; (it is kept in %2) or, for CI, in the environment variable HOOKFLOW_SECRET_%3</source>
        <translation>시크릿 &quot;%1&quot;이(가) 설정되지 않았습니다: &quot;hookflow-cli secrets set %1&quot;로 설정하거나(%2에 보관됨), CI에서는 환경 변수 HOOKFLOW_SECRET_%3에 설정하세요</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users; make it private with &quot;chmod 600 %1&quot; before Hookflow uses it</source>
        <translation>%1은(는) 다른 사용자가 읽거나 바꿀 수 있습니다. Hookflow가 사용하기 전에 &quot;chmod 600 %1&quot;로 비공개로 만드세요</translation>
    </message>
    <message>
        <source>%1 names the secrets backend &quot;%2&quot;; it must be &quot;file&quot; or &quot;keychain&quot;</source>
        <translation>%1에 시크릿 백엔드가 &quot;%2&quot;(으)로 지정되어 있습니다. &quot;file&quot; 또는 &quot;keychain&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>the workspace %1 has no id in its %2 to name its keychain entries; choose the keychain with &quot;hookflow-cli secrets backend keychain&quot;</source>
        <translation>워크스페이스 %1의 %2에 키체인 항목 이름에 쓸 ID가 없습니다. &quot;hookflow-cli secrets backend keychain&quot;으로 키체인을 선택하세요</translation>
    </message>
    <message>
        <source>the OS keychain (service &quot;%1&quot;, entries &quot;%2/NAME&quot;)</source>
        <translation>OS 키체인 (서비스 &quot;%1&quot;, 항목 &quot;%2/NAME&quot;)</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>the secrets file %1</source>
        <translation>시크릿 파일 %1</translation>
    </message>
    <message>
        <source>this workspace keeps its secrets in the OS keychain, but %1; start or unlock the keychain, or %2</source>
        <translation>이 워크스페이스는 시크릿을 OS 키체인에 보관하지만 %1. 키체인을 시작하거나 잠금을 해제하세요. 또는 %2</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; is not set: set the environment variable HOOKFLOW_SECRET_%2</source>
        <translation>시크릿 &quot;%1&quot;이(가) 설정되지 않았습니다: 환경 변수 HOOKFLOW_SECRET_%2를 설정하세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a secret: use letters, digits and _, not starting with a digit</source>
        <translation>&quot;%1&quot;은(는) 시크릿 이름으로 쓸 수 없습니다. 영문자, 숫자, _만 쓰고 숫자로 시작하지 마세요</translation>
    </message>
    <message>
        <source>this secret store has no workspace to write to</source>
        <translation>이 시크릿 저장소에는 기록할 워크스페이스가 없습니다</translation>
    </message>
    <message>
        <source>there is no secret &quot;%1&quot; in %2</source>
        <translation>%2에 시크릿 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>set it with &quot;hookflow-cli secrets set %1&quot; or, for CI, in the environment variable HOOKFLOW_SECRET_%2</source>
        <translation>&quot;hookflow-cli secrets set %1&quot;로 설정하거나, CI에서는 환경 변수 HOOKFLOW_SECRET_%2에 설정하세요</translation>
    </message>
    <message>
        <source>the signing secret is empty</source>
        <translation>서명 시크릿이 비어 있습니다</translation>
    </message>
    <message>
        <source>a signing secret that starts with &quot;whsec_&quot; must continue in base64, as Standard Webhooks secrets do</source>
        <translation>&quot;whsec_&quot;로 시작하는 서명 시크릿은 Standard Webhooks 시크릿처럼 그 뒤가 base64여야 합니다</translation>
    </message>
    <message>
        <source>unknown signing scheme &quot;%1&quot;; Hookflow signs with &quot;%2&quot;</source>
        <translation>알 수 없는 서명 방식 &quot;%1&quot;. Hookflow는 &quot;%2&quot;(으)로 서명합니다</translation>
    </message>
    <message>
        <source>&quot;github&quot; is true or false</source>
        <translation>&quot;github&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>a secret&apos;s name is letters, digits and _, not starting with a digit</source>
        <translation>시크릿 이름은 영문자, 숫자, _로 이루어지며 숫자로 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>give either &quot;secret&quot; or &quot;secrets&quot;, not both</source>
        <translation>&quot;secret&quot;과 &quot;secrets&quot; 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>&quot;secrets&quot; lists secret names, newest first: [&quot;NEW&quot;, &quot;OLD&quot;]</source>
        <translation>&quot;secrets&quot;에는 시크릿 이름을 최신 것부터 나열합니다: [&quot;NEW&quot;, &quot;OLD&quot;]</translation>
    </message>
    <message>
        <source>signing needs the name of a secret: &quot;secret&quot;: &quot;NAME&quot;, or &quot;secrets&quot;: [&quot;NEW&quot;, &quot;OLD&quot;] while a key is rotated</source>
        <translation>서명에는 시크릿 이름이 필요합니다: &quot;secret&quot;: &quot;NAME&quot;, 키를 교체하는 동안에는 &quot;secrets&quot;: [&quot;NEW&quot;, &quot;OLD&quot;]</translation>
    </message>
    <message>
        <source>signing.%1: %2</source>
        <translation>signing.%1: %2</translation>
    </message>
    <message>
        <source>the signing secret &quot;%1&quot; is not available: %2</source>
        <translation>서명 시크릿 &quot;%1&quot;을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the signing secret &quot;%1&quot; cannot be used: %2; %3</source>
        <translation>서명 시크릿 &quot;%1&quot;을(를) 사용할 수 없습니다: %2. %3</translation>
    </message>
</context>
<context>
    <name>Targeting</name>
    <message>
        <source>user id</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>user property %1</source>
        <translation>사용자 속성 %1</translation>
    </message>
    <message>
        <source>Hackle property %1</source>
        <translation>Hackle 속성 %1</translation>
    </message>
    <message>
        <source>event property %1</source>
        <translation>이벤트 속성 %1</translation>
    </message>
    <message>
        <source>times %1 happened</source>
        <translation>%1 발생 횟수</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>세그먼트 %1</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>코호트 %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>equal to %1</source>
        <translation>%1과(와) 같음</translation>
    </message>
    <message>
        <source>containing %1</source>
        <translation>%1 포함</translation>
    </message>
    <message>
        <source>starting with %1</source>
        <translation>%1(으)로 시작</translation>
    </message>
    <message>
        <source>ending with %1</source>
        <translation>%1(으)로 끝남</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>%1 미만</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>%1 중 어느 것도 아님</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>%1 아님</translation>
    </message>
    <message>
        <source>which contains %1</source>
        <translation>%1 포함</translation>
    </message>
    <message>
        <source>which does not contain %1</source>
        <translation>%1 미포함</translation>
    </message>
    <message>
        <source>which starts with %1</source>
        <translation>%1(으)로 시작</translation>
    </message>
    <message>
        <source>which does not start with %1</source>
        <translation>%1(으)로 시작하지 않음</translation>
    </message>
    <message>
        <source>which ends with %1</source>
        <translation>%1(으)로 끝남</translation>
    </message>
    <message>
        <source>which does not end with %1</source>
        <translation>%1(으)로 끝나지 않음</translation>
    </message>
    <message>
        <source>which sorts before %1</source>
        <translation>정렬 순서상 %1보다 앞</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>%1보다 작음</translation>
    </message>
    <message>
        <source>which sorts after %1</source>
        <translation>정렬 순서상 %1보다 뒤</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>%1보다 큼</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>최근 %n분 동안</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n hour(s)</source>
        <translation>
            <numerusform>최근 %n시간 동안</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>최근 %n일 동안</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금 전</translation>
    </message>
    <message>
        <source>%1 is not set, so the condition does not hold</source>
        <translation>%1이(가) 설정되지 않았으므로 조건을 충족하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is null, which counts as not set, so the condition does not hold</source>
        <translation>%1이(가) null이며, 이는 설정되지 않은 것으로 간주되므로 조건을 충족하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is %2, and the condition lists no values to compare with</source>
        <translation>%1은(는) %2이지만, 조건에 비교할 값이 없습니다</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 cannot be compared with &quot;%4&quot;, so it never matches</source>
        <translation>%1은(는) %2이지만, %3은(는) &quot;%4&quot; 연산자로 비교할 수 없으므로 일치할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is an empty list, so no item is %2</source>
        <translation>%1은(는) 빈 목록이므로 조건(%2)에 맞는 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1 is the list %2, and an item is %3</source>
        <translation>%1은(는) 목록 %2이며, 조건(%3)에 맞는 항목이 있습니다</translation>
    </message>
    <message>
        <source>%1 is the list %2, and no item is %3, so none is %4</source>
        <translation>%1은(는) 목록 %2이며, %3인 항목이 없으므로 조건(%4)에 맞는 항목도 없습니다</translation>
    </message>
    <message>
        <source>%1 is the list %2, and no item is %3</source>
        <translation>%1은(는) 목록 %2이며, 조건(%3)에 맞는 항목이 없습니다</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>%1 is %2, which is not %3, so it is not %4</source>
        <translation>%1은(는) %2이며, %3이(가) 아니므로 조건(%4)에 맞지 않습니다</translation>
    </message>
    <message>
        <source>%1 is %2, %3</source>
        <translation>%1은(는) %2입니다(%3)</translation>
    </message>
    <message>
        <source>times %1 happened %2</source>
        <translation>%2 %1 발생 횟수</translation>
    </message>
    <message>
        <source>%1 never happened</source>
        <translation>%1 발생 기록 없음</translation>
    </message>
    <message>
        <source>no %1 %2</source>
        <translation>%2 %1 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 happened %n time(s)</source>
        <translation>
            <numerusform>%1 %n회 발생</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 happened %n time(s) %2</source>
        <translation>
            <numerusform>%2 %1 %n회 발생</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last one %2)</source>
        <translation>%1 (마지막: %2)</translation>
    </message>
    <message>
        <source>%1, but the condition&apos;s values are not counts, so it never matches</source>
        <translation>%1: 조건 값이 횟수가 아니므로 일치할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the condition names no %1</source>
        <translation>조건에 %1이(가) 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>코호트</translation>
    </message>
    <message>
        <source>segment %1 is not defined in this workspace</source>
        <translation>세그먼트 %1이(가) 이 워크스페이스에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cohort %1 is not defined in this workspace</source>
        <translation>코호트 %1이(가) 이 워크스페이스에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the user is in segment %1</source>
        <translation>사용자가 세그먼트 %1에 속합니다</translation>
    </message>
    <message>
        <source>the user is not in segment %1</source>
        <translation>사용자가 세그먼트 %1에 속하지 않습니다</translation>
    </message>
    <message>
        <source>the user is in cohort %1</source>
        <translation>사용자가 코호트 %1에 속합니다</translation>
    </message>
    <message>
        <source>the user is not in cohort %1</source>
        <translation>사용자가 코호트 %1에 속하지 않습니다</translation>
    </message>
    <message>
        <source>there is no event, so %1 is not set and the condition does not hold</source>
        <translation>이벤트가 없으므로 %1이(가) 설정되지 않아 조건을 충족하지 않습니다</translation>
    </message>
    <message>
        <source>a condition value cannot be null</source>
        <translation>조건 값은 null일 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a number condition needs numbers, not %1</source>
        <translation>숫자 조건에는 숫자가 필요합니다(현재: %1)</translation>
    </message>
    <message>
        <source>a list or object</source>
        <translation>목록 또는 객체</translation>
    </message>
    <message>
        <source>a boolean condition needs true or false, not %1</source>
        <translation>불리언 조건에는 true 또는 false가 필요합니다(현재: %1)</translation>
    </message>
    <message>
        <source>write versions as text: &quot;%1&quot;, not %1</source>
        <translation>버전은 텍스트로 작성하세요: %1 대신 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a version condition needs versions written as text</source>
        <translation>버전 조건에는 텍스트로 작성한 버전이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version (write MAJOR.MINOR.PATCH, e.g. &quot;2.4.0&quot;)</source>
        <translation>&quot;%1&quot;은(는) 버전이 아닙니다 (MAJOR.MINOR.PATCH 형식으로 작성하세요. 예: &quot;2.4.0&quot;)</translation>
    </message>
    <message>
        <source>a condition value must be text, a number or a boolean, not a list or object</source>
        <translation>조건 값은 텍스트, 숫자 또는 불리언이어야 하며 목록이나 객체일 수 없습니다</translation>
    </message>
    <message>
        <source>%1 not %2</source>
        <translation>%1 %2 아님</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 그리고 </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%2인 %1</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;{{&quot; is never closed with &quot;}}&quot;</source>
        <translation>&quot;{{&quot;를 닫는 &quot;}}&quot;가 없습니다</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>알 수 없는 필터 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a header value may not contain a line break or NUL character</source>
        <translation>헤더 값에는 줄바꿈이나 NUL 문자를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>the output is longer than %1 characters</source>
        <translation>출력이 %1자를 넘습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다(현재: %2)</translation>
    </message>
    <message>
        <source>a value cannot be part of the URL&apos;s scheme or host; put it in the path or the query</source>
        <translation>URL의 스킴이나 호스트에는 값을 넣을 수 없습니다. 경로나 쿼리에 넣으세요</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; would be a &quot;.&quot; or &quot;..&quot; path segment, which changes the path</source>
        <translation>값 &quot;%1&quot;이(가) &quot;.&quot; 또는 &quot;..&quot; 경로 세그먼트가 되어 경로가 바뀝니다</translation>
    </message>
    <message>
        <source>a range of more than %1 numbers</source>
        <translation>범위에 포함된 숫자가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>invalid integer: %1</source>
        <translation>잘못된 정수: %1</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot;: %2</source>
        <translation>필터 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the template does too much work (more than %1 characters made by filters)</source>
        <translation>템플릿의 처리량이 너무 많습니다 (필터가 만든 문자가 %1자 초과)</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation>%1과(와) %2을(를) 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>loops ran more than %1 times</source>
        <translation>반복문이 %1회를 넘게 실행되었습니다</translation>
    </message>
    <message>
        <source>the rendered body is not valid JSON: %1 at line %2, column %3</source>
        <translation>렌더링된 본문이 올바른 JSON이 아닙니다: %1 (%2행 %3열)</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation>비교 연산자</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>%1이(가) 필요하지만 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>예기치 않은 %1</translation>
    </message>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation>표현식의 중첩이 %1단계를 넘습니다</translation>
    </message>
    <message>
        <source>a value is missing here</source>
        <translation>여기에 값이 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a valid expression</source>
        <translation>%1은(는) 올바른 표현식이 아닙니다</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; takes %2 argument(s), not %3</source>
        <translation>필터 &quot;%1&quot;은(는) 인수를 %2개 받습니다(현재: %3개)</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>필터 &quot;%1&quot;에는 &quot;%2&quot; 옵션이 없습니다</translation>
    </message>
    <message>
        <source>a string starting here is never closed</source>
        <translation>여기서 시작한 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>예기치 않은 문자 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;{%&quot; is never closed with &quot;%}&quot;</source>
        <translation>&quot;{%&quot;를 닫는 &quot;%}&quot;가 없습니다</translation>
    </message>
    <message>
        <source>blocks are nested more than %1 levels deep</source>
        <translation>블록의 중첩이 %1단계를 넘습니다</translation>
    </message>
    <message>
        <source>a tag needs a name, e.g. {% if … %}</source>
        <translation>태그에는 이름이 필요합니다 (예: {% if … %})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong here</source>
        <translation>&quot;%1&quot;은(는) 여기에 올 수 없습니다</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation>알 수 없는 태그 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never closed</source>
        <translation>&quot;%1&quot;이(가) 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes nothing after its name</source>
        <translation>&quot;%1&quot; 태그 이름 뒤에는 아무것도 올 수 없습니다</translation>
    </message>
    <message>
        <source>write assign as {% assign name = value %}</source>
        <translation>assign은 {% assign name = value %} 형식으로 작성하세요</translation>
    </message>
    <message>
        <source>write capture as {% capture name %}…{% endcapture %}</source>
        <translation>capture는 {% capture name %}…{% endcapture %} 형식으로 작성하세요</translation>
    </message>
    <message>
        <source>&quot;raw&quot; is never closed</source>
        <translation>&quot;raw&quot;가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>&quot;comment&quot; is never closed</source>
        <translation>&quot;comment&quot;가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>write %1 as {% %1 name %}</source>
        <translation>%1은(는) {% %1 name %} 형식으로 작성하세요</translation>
    </message>
    <message>
        <source>write for as {% for item in collection %}</source>
        <translation>for는 {% for item in collection %} 형식으로 작성하세요</translation>
    </message>
    <message>
        <source>a for loop takes only limit: and offset: after its collection</source>
        <translation>for 반복문의 컬렉션 뒤에는 limit:과 offset:만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>TemplateFilters</name>
    <message>
        <source>the output is longer than %1 characters</source>
        <translation>출력이 %1자를 넘습니다</translation>
    </message>
    <message>
        <source>the collection has more than %1 elements</source>
        <translation>컬렉션의 요소가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>cannot select the property &apos;%1&apos;</source>
        <translation>속성 &apos;%1&apos;을(를) 선택할 수 없습니다</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>0으로 나누었습니다</translation>
    </message>
    <message>
        <source>the computation results in &apos;%1&apos;</source>
        <translation>계산 결과가 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>string contains null byte</source>
        <translation>문자열에 null 바이트가 있습니다</translation>
    </message>
    <message>
        <source>invalid integer</source>
        <translation>잘못된 정수</translation>
    </message>
    <message>
        <source>the integer %1 is out of range</source>
        <translation>정수 %1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>the number of digits %1 is out of range</source>
        <translation>자릿수 %1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>concat 필터에는 배열 인수가 필요합니다</translation>
    </message>
    <message>
        <source>cannot sort values of incompatible types</source>
        <translation>호환되지 않는 유형의 값은 정렬할 수 없습니다</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8</source>
        <translation>잘못된 UTF-8 바이트 시퀀스</translation>
    </message>
    <message>
        <source>invalid base64 provided to %1</source>
        <translation>%1에 잘못된 base64가 전달되었습니다</translation>
    </message>
    <message>
        <source>invalid group name reference format</source>
        <translation>잘못된 그룹 이름 참조 형식</translation>
    </message>
    <message>
        <source>undefined group name reference: %1</source>
        <translation>정의되지 않은 그룹 이름 참조: %1</translation>
    </message>
    <message>
        <source>integer %1 too big for truncatewords</source>
        <translation>정수 %1은(는) truncatewords에 쓰기에 너무 큽니다</translation>
    </message>
    <message>
        <source>wrong number of arguments (given %1, expected 1..3)</source>
        <translation>인수 개수가 잘못되었습니다 (전달: %1개, 필요: 1..3개)</translation>
    </message>
    <message>
        <source>invalid format: %1</source>
        <translation>잘못된 형식: %1</translation>
    </message>
</context>
<context>
    <name>UserImport</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>텍스트가 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1)</source>
        <translation>텍스트가 올바른 UTF-8이 아닙니다 (%1행)</translation>
    </message>
    <message>
        <source>user_id %1 already appears on line %2</source>
        <translation>중복된 user_id %1 (%2행에 이미 있음)</translation>
    </message>
    <message>
        <source>expected a user object such as {&quot;user_id&quot;: &quot;u1&quot;, &quot;properties&quot;: {…}}</source>
        <translation>{&quot;user_id&quot;: &quot;u1&quot;, &quot;properties&quot;: {…}} 같은 사용자 객체가 필요합니다</translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>잘못된 JSON (%1열): %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>expected a JSON array of users</source>
        <translation>사용자의 JSON 배열이 필요합니다</translation>
    </message>
    <message>
        <source>expected an array element</source>
        <translation>배열 요소가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>배열 요소 뒤에 &apos;,&apos; 또는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>unexpected end of the file inside the array (missing &apos;]&apos;?)</source>
        <translation>배열 안에서 파일이 예기치 않게 끝났습니다 (&apos;]&apos; 누락?)</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>배열이 끝난 뒤에 예기치 않은 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>닫히지 않은 문자열</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>예기치 않은 &apos;%1&apos; (&apos;%2&apos; 필요)</translation>
    </message>
    <message>
        <source>this object is never closed</source>
        <translation>이 객체가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>this array is never closed</source>
        <translation>이 배열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>잘못된 JSON (%1행 %2열): %3</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>잘못된 JSON: %1</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is never closed</source>
        <translation>%1행에서 시작한 따옴표 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>필드 %1의 닫는 따옴표 뒤에 예기치 않은 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot;은(는) true 또는 false가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid JSON</source>
        <translation>&quot;%1&quot;은(는) 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version such as 2.4.0</source>
        <translation>&quot;%1&quot;은(는) 2.4.0 같은 버전 형식이 아닙니다</translation>
    </message>
    <message>
        <source>the header row is not valid UTF-8</source>
        <translation>헤더 행이 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;): unknown type &quot;%3&quot; (use string, number, boolean, json or version)</source>
        <translation>%1열(&quot;%2&quot;): 알 수 없는 유형 &quot;%3&quot; (string, number, boolean, json, version 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>%1열에 이름이 없습니다</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>헤더에 &quot;%1&quot; 열이 두 번 있습니다</translation>
    </message>
    <message>
        <source>the user_id column holds strings</source>
        <translation>user_id 열은 문자열 유형이어야 합니다</translation>
    </message>
    <message>
        <source>the events column holds a JSON array of events</source>
        <translation>events 열에는 이벤트의 JSON 배열이 들어가야 합니다</translation>
    </message>
    <message>
        <source>the header row has no user_id column</source>
        <translation>헤더 행에 user_id 열이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>the header has %n column(s) but this row has %1</source>
        <translation>
            <numerusform>헤더에는 열이 %n개 있지만 이 행에는 %1개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the user_id is empty</source>
        <translation>user_id가 비어 있습니다</translation>
    </message>
    <message>
        <source>events: expected a JSON array of events</source>
        <translation>events: 이벤트의 JSON 배열이 필요합니다</translation>
    </message>
    <message>
        <source>events[%1]: %2</source>
        <translation>events[%1]: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>user_id %1 already appears on an earlier line</source>
        <translation>user_id %1이(가) 앞선 줄에 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a JSON object</source>
        <translation>%2의 %1행이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>%2의 %1행: %3</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>node id &quot;%1&quot; is used twice</source>
        <translation>노드 ID &quot;%1&quot;이(가) 중복되었습니다</translation>
    </message>
    <message>
        <source>a campaign has exactly one trigger; &quot;%1&quot; is a second one</source>
        <translation>캠페인에는 트리거가 하나만 있어야 합니다. &quot;%1&quot;은(는) 두 번째 트리거입니다</translation>
    </message>
    <message>
        <source>the trigger needs an event key</source>
        <translation>트리거에 이벤트 키가 필요합니다</translation>
    </message>
    <message>
        <source>%1 node &quot;%2&quot; is checked, but this version of Hookflow cannot run it yet: a test fire of this campaign is refused until it can</source>
        <translation>%1 노드 &quot;%2&quot;은(는) 검증되지만 이 버전의 Hookflow에서는 아직 실행할 수 없습니다. 실행할 수 있을 때까지 이 캠페인의 테스트 발송은 거부됩니다</translation>
    </message>
    <message>
        <source>method &quot;%1&quot; is not allowed (use GET, POST, PUT, PATCH or DELETE)</source>
        <translation>허용되지 않는 메서드 &quot;%1&quot; (GET, POST, PUT, PATCH, DELETE 중 하나를 사용하세요)</translation>
    </message>
    <message>
        <source>the webhook needs a URL</source>
        <translation>웹훅에 URL이 필요합니다</translation>
    </message>
    <message>
        <source>only http:// and https:// URLs can be called</source>
        <translation>http:// 및 https:// URL만 호출할 수 있습니다</translation>
    </message>
    <message>
        <source>a GET request carries no body; it will not be sent</source>
        <translation>GET 요청에는 본문이 없으므로 본문은 전송되지 않습니다</translation>
    </message>
    <message>
        <source>the campaign has no trigger node</source>
        <translation>캠페인에 트리거 노드가 없습니다</translation>
    </message>
    <message>
        <source>the edge starts at node &quot;%1&quot;, which does not exist</source>
        <translation>연결선의 시작 노드 &quot;%1&quot;이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>the edge ends at node &quot;%1&quot;, which does not exist</source>
        <translation>연결선의 끝 노드 &quot;%1&quot;이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot connect to itself</source>
        <translation>노드 &quot;%1&quot;은(는) 자기 자신과 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>nothing can lead into the trigger &quot;%1&quot;</source>
        <translation>트리거 &quot;%1&quot;에는 들어오는 연결선이 있을 수 없습니다</translation>
    </message>
    <message>
        <source>an exit node &quot;%1&quot; has no outputs</source>
        <translation>종료 노드 &quot;%1&quot;에는 나가는 연결선이 있을 수 없습니다</translation>
    </message>
    <message>
        <source>an edge from branch &quot;%1&quot; must say &quot;port&quot;: &quot;yes&quot; or &quot;no&quot;</source>
        <translation>분기 &quot;%1&quot;에서 나가는 연결선에는 &quot;port&quot;: &quot;yes&quot; 또는 &quot;no&quot;를 지정해야 합니다</translation>
    </message>
    <message>
        <source>only branch nodes have ports; remove &quot;port&quot; from this edge</source>
        <translation>포트는 분기 노드에만 있습니다. 이 연결선에서 &quot;port&quot;를 제거하세요</translation>
    </message>
    <message>
        <source>this edge is listed twice</source>
        <translation>이 연결선이 두 번 나열되어 있습니다</translation>
    </message>
    <message>
        <source>the flow loops back to node &quot;%1&quot;; flows must not contain cycles</source>
        <translation>노드 &quot;%1&quot;에서 플로우가 순환합니다. 플로우에 순환이 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; cannot be reached from the trigger</source>
        <translation>트리거에서 노드 &quot;%1&quot;에 도달할 수 없습니다</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; never holds for %2 values, so this condition never matches</source>
        <translation>%2 값에는 연산자 &quot;%1&quot;이(가) 성립하지 않으므로 이 조건은 일치할 수 없습니다</translation>
    </message>
    <message>
        <source>Hackle allows at most %1 rules; this node has %2</source>
        <translation>Hackle에서는 규칙을 최대 %1개까지 허용합니다. 이 노드에는 규칙이 %2개 있습니다</translation>
    </message>
    <message>
        <source>Hackle allows at most %1 conditions in a rule; rule %2 has %3</source>
        <translation>Hackle에서는 규칙 하나에 조건을 최대 %1개까지 허용합니다. 규칙 %2에는 조건이 %3개 있습니다</translation>
    </message>
    <message>
        <source>the Hackle profile needs an https:// URL; a tag decides this one&apos;s scheme or host, so it is checked for each user when the request is rendered</source>
        <translation>Hackle 프로필에는 https:// URL이 필요합니다. 이 URL은 태그가 스킴이나 호스트를 정하므로, 요청을 렌더링할 때 사용자마다 검사합니다</translation>
    </message>
    <message>
        <source>the Hackle profile needs https://; http:// is allowed only to this computer (localhost, 127.0.0.1 … 127.255.255.255 or ::1), not to &quot;%1&quot;</source>
        <translation>Hackle 프로필에는 https://가 필요합니다. http://는 이 컴퓨터(localhost, 127.0.0.1 … 127.255.255.255, ::1)로만 허용되며 &quot;%1&quot;(으)로는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>the Hackle profile needs an https:// URL</source>
        <translation>Hackle 프로필에는 https:// URL이 필요합니다</translation>
    </message>
    <message>
        <source>the Hackle profile sends no body with GET; remove the body or use another method</source>
        <translation>Hackle 프로필은 GET 요청에 본문을 보내지 않습니다. 본문을 지우거나 다른 메서드를 사용하세요</translation>
    </message>
    <message>
        <source>the Hackle profile always sends Content-Type: application/json; remove this header or set it to that</source>
        <translation>Hackle 프로필은 항상 Content-Type: application/json을 보냅니다. 이 헤더를 지우거나 그 값으로 설정하세요</translation>
    </message>
</context>
<context>
    <name>VariableCatalogue</name>
    <message>
        <source>The user&apos;s id</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>The key of the event that triggered the campaign</source>
        <translation>캠페인을 트리거한 이벤트의 키</translation>
    </message>
    <message>
        <source>The campaign&apos;s key</source>
        <translation>캠페인 키</translation>
    </message>
    <message>
        <source>The campaign&apos;s title</source>
        <translation>캠페인 제목</translation>
    </message>
    <message>
        <source>This delivery&apos;s id, the same on every retry: use it for idempotency</source>
        <translation>이 발송의 ID로, 재시도해도 바뀌지 않습니다. 멱등성 보장에 사용하세요</translation>
    </message>
    <message>
        <source>The webhook node&apos;s id</source>
        <translation>웹훅 노드 ID</translation>
    </message>
    <message>
        <source>The run&apos;s clock, ISO 8601 (try | date: &quot;%Y-%m-%d&quot;)</source>
        <translation>실행 기준 시각, ISO 8601 (예: | date: &quot;%Y-%m-%d&quot;)</translation>
    </message>
    <message>
        <source>A secret from the secret store; never stored or shown</source>
        <translation>시크릿 저장소의 시크릿. 저장되거나 표시되지 않음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; templates can read %2</source>
        <translation>&quot;%1&quot;은(는) 변수가 아닙니다. 템플릿에서 읽을 수 있는 변수: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot;은(는) 변수가 아닙니다. &quot;%2&quot;을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>&quot;%1&quot;을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <source>no sample user has the property &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 속성이 있는 샘플 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>no sample event has the property &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 속성이 있는 샘플 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>the secret store has no secret &quot;%1&quot;.</source>
        <translation>시크릿 저장소에 시크릿 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot;에 &quot;%2&quot; 필드가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no fields.</source>
        <translation>&quot;%1&quot;에는 필드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>워크스페이스 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot copy the example %1 into %2</source>
        <translation>예제 %1을(를) %2에 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>the demo users are missing from this build</source>
        <translation>이 빌드에 데모 사용자가 없습니다</translation>
    </message>
    <message>
        <source>cannot write to the workspace folder %1</source>
        <translation>워크스페이스 폴더에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the demo users of this build are damaged (line %1: %2)</source>
        <translation>이 빌드의 데모 사용자 데이터가 손상되었습니다 (%1행: %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it must hold one JSON object (%2)</source>
        <translation>%1이(가) 손상되었습니다. JSON 객체 하나가 들어 있어야 합니다 (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test-fire and report on webhook campaigns.</source>
        <translation>웹훅 캠페인을 설계하고, 테스트 발송하고, 결과 리포트를 확인합니다.</translation>
    </message>
    <message>
        <source>Use the workspace in &lt;dir&gt; (default: %1).</source>
        <translation>&lt;dir&gt;의 워크스페이스를 사용합니다 (기본값: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Open the window on a temporary workspace, test-fire an example at the built-in catcher and exit 0 if it worked.</source>
        <translation>임시 워크스페이스로 창을 열고, 예제를 내장 수신기로 테스트 발송한 뒤 성공하면 종료 코드 0으로 끝냅니다.</translation>
    </message>
    <message>
        <source>A campaign file to open.</source>
        <translation>열 캠페인 파일.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be prepared: %2</source>
        <translation>워크스페이스 %1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Hookflow</source>
        <translation>Hookflow</translation>
    </message>
    <message>
        <source>Select node &lt;id&gt; of the campaign file opened.</source>
        <translation>연 캠페인 파일에서 노드 &lt;id&gt;를 선택합니다.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
</TS>
