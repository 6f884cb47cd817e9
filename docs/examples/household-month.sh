#!/usr/bin/env bash
# A month of one household, as a billing system would drive the service: a decision every few days, and the contact
# events (delivered, opened, paid) reported back through the contact ledger. The household is the README's Beijing
# heating example (1,920.00 due 2026-11-30) under a new account id each run. The billing system lists only the calls
# its own call centre made; everything the service planned comes from its ledger.
#
#   ./dunning start                          # in another terminal
#   docs/examples/household-month.sh         # needs curl and jq; BASE, BILLING and ACCOUNT may be set
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
BILLING=${BILLING:-billing:billing-demo}
ACCOUNT=${ACCOUNT:-BJ-M-$(date +%s)}
NO_CALLS='[]'
CALLS='[{"at":"2026-12-10T10:00:00+08:00","channel":"PHONE","step":"FIRST_REMINDER","delivered":true},
        {"at":"2026-12-12T10:00:00+08:00","channel":"PHONE","step":"FIRST_REMINDER","delivered":true},
        {"at":"2026-12-14T10:00:00+08:00","channel":"PHONE","step":"FIRST_REMINDER","delivered":true}]'

# decide AS_OF CONTACT_HISTORY [OPEN_BILLS]: prints one line and leaves the decision id in $CONTACT
decide() {
  local decision
  decision=$(jq --arg at "$1" --arg account "$ACCOUNT" --argjson history "$2" --argjson bills "${3:-null}" '
      .requestId = "\($account)-\($at)" | .asOf = $at | .account.id = $account | .contactHistory = $history
      | if $bills == null then . else .openBills = $bills end' heating-beijing.json |
    curl -sf -u "$BILLING" -H 'Content-Type: application/json' --data @- "$BASE/api/v1/decisions")
  CONTACT=$(jq -r .decisionId <<<"$decision")
  jq -r '[.asOf[5:16], .escalation.step, .escalation.action,
          if .contact.send then "\(.contact.channel) at \(.contact.sendAt[5:16])"
            + (if .contact.electronicCopy then " + copy by \(.contact.electronicCopy.channel) at \(.contact.electronicCopy.sendAt[5:16])" else "" end)
            + " (\(.contact.templateId))"
          else "nothing sent: \(.contact.suppressedBecause)" end] | join("  ")' <<<"$decision"
}

# event TYPE AT: reports what happened to the last planned contact
event() {
  curl -sf -u "$BILLING" -H 'Content-Type: application/json' -d "{\"type\":\"$1\",\"at\":\"$2\"}" \
       "$BASE/api/v1/contacts/$CONTACT/events" > /dev/null
  echo "      ${2:5:11}  $1"
}

echo "account $ACCOUNT"
decide 2026-11-27T10:00:00+08:00 "$NO_CALLS"; event DELIVERED 2026-11-27T19:00:04+08:00; event OPENED 2026-11-27T19:12:00+08:00
decide 2026-11-27T12:00:00+08:00 "$NO_CALLS"
decide 2026-12-01T10:00:00+08:00 "$NO_CALLS"; event DELIVERED 2026-12-01T19:00:03+08:00; event OPENED 2026-12-01T20:03:00+08:00
decide 2026-12-08T10:00:00+08:00 "$NO_CALLS"
decide 2026-12-15T22:30:00+08:00 "$CALLS"
decide 2026-12-17T22:40:00+08:00 "$CALLS"; event DELIVERED 2026-12-18T19:00:02+08:00; event OPENED 2026-12-18T19:20:00+08:00
decide 2026-12-30T10:00:00+08:00 "$CALLS"; event DELIVERED 2026-12-30T15:10:00+08:00; event PAID 2027-01-02T09:00:00+08:00
decide 2027-01-02T10:00:00+08:00 "$CALLS" '[]'
echo
curl -sf -u "$BILLING" "$BASE/api/v1/contacts?accountId=$ACCOUNT" |
  jq -r '.[] | [.sendAt[5:16], .step, .channel, .templateId, "hour \(.sendHour)", ([.events[].type] | join(","))] | join("  ")'
