// Claims written before denials were marked get the mark now: denies: true
// and the Denial label (for the denial_text index), when their cue denies, as
// seed/model.ts isDenial reads it. A claim already marked is not matched, so
// running it again marks nothing.
// $pattern: a Java regular expression matching a lower-cased cue that holds a denial word
MATCH (c:Claim)
WHERE c.denies IS NULL AND toLower(c.cue) =~ $pattern
SET c.denies = true, c:Denial
RETURN count(c) AS marked
