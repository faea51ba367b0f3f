import Foundation

/// The built-in rules: a copy of `data/rules.json`, compiled in so the binary needs no data files.
///
/// `data/rules.json` is the source; a test checks that this copy matches it byte for byte.
public enum DefaultRules {
    /// The built-in rules file's contents.
    public static var data: Data { Data(text.utf8) }

    static let text = #"""
{
  "schemaVersion": 1,
  "rules": [
    {
      "id": "same-day-follow-up",
      "title": "Follow up the same day",
      "description": "You met someone today or yesterday and have not followed up yet.",
      "idea": "Follow up the same day",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "daysSinceMet", "operator": "atMost", "value": 1},
        {"fact": "followUpSinceMet", "operator": "equals", "value": false}
      ]},
      "action": "Send {name} a short e-mail today (nice to meet you, what you talked about) and an invitation to connect on a professional network.",
      "priority": 100,
      "cooldownDays": 2,
      "logAs": "follow-up"
    },
    {
      "id": "introduce-both-ways",
      "title": "Introduce two people who can help each other",
      "description": "One contact needs something another contact solves, and they have not been introduced.",
      "idea": "Introduce people both ways",
      "appliesTo": "pair",
      "generator": "needSolver",
      "conditions": {"all": [
        {"fact": "score", "operator": "atLeast", "value": 0}
      ]},
      "action": "Introduce {name} and {other}: {name} needs {need}, {other} {offer}. Send each one the other's details.",
      "steps": {
        "askFirst": "Ask {name} whether they would like an introduction to {other}, who {offer}, for {need}.",
        "askSecond": "Ask {other} whether they would be glad to meet {name}, who needs {need}.",
        "connect": "Both agreed: introduce {name} and {other} and send each one the other's details."
      },
      "priority": 80,
      "cooldownDays": 30,
      "limit": 3,
      "logAs": "introduction"
    },
    {
      "id": "ask-what-they-need",
      "title": "Ask what they need",
      "description": "You met this person but do not know what they need.",
      "idea": "Everyone needs something: ask what they need",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "needs.count", "operator": "equals", "value": 0},
        {"fact": "daysSinceMet", "operator": "atMost", "value": 60}
      ]},
      "action": "Ask {name} what they need right now, what they are working on and where they are stuck.",
      "priority": 60,
      "cooldownDays": 14,
      "logAs": "message"
    },
    {
      "id": "learn-what-they-solve",
      "title": "Learn what they solve",
      "description": "You met this person but do not know which problems they can solve.",
      "idea": "Anyone can add value: learn what they solve",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "offers.count", "operator": "equals", "value": 0},
        {"fact": "daysSinceMet", "operator": "atMost", "value": 60}
      ]},
      "action": "Ask {name} which problems they love solving, so you know whom to send their way.",
      "priority": 55,
      "cooldownDays": 14,
      "logAs": "message"
    },
    {
      "id": "share-a-meal",
      "title": "Share a meal",
      "description": "You have been in touch twice or more but never shared a meal.",
      "idea": "Share a meal",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "interactionCount", "operator": "atLeast", "value": 2},
        {"fact": "mealCount", "operator": "equals", "value": 0}
      ]},
      "action": "Invite {name} to lunch or dinner.",
      "priority": 50,
      "cooldownDays": 30,
      "logAs": "message"
    },
    {
      "id": "reconnect",
      "title": "Reconnect",
      "description": "Longer than the ideal interval for this person's tier since the last interaction of any kind.",
      "idea": "Keep in touch on a cadence (Dunbar's layers)",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "interactionCount", "operator": "atLeast", "value": 1},
        {"fact": "daysSinceLastInteraction", "operator": "atLeast", "value": {"fact": "cadence.idealDays"}},
        {"fact": "daysSinceLastInteraction", "operator": "lessThan", "value": {"fact": "cadence.maximumDays"}}
      ]},
      "action": "Catch up with {name}: {days} days since you were last in touch ({tier}: every {cadence.idealDays} days).",
      "priority": 40,
      "cooldownDays": 14,
      "logAs": "message"
    },
    {
      "id": "reconnect-overdue",
      "title": "Reconnect before the tie fades",
      "description": "Past the maximum interval for this person's tier since the last interaction of any kind.",
      "idea": "Keep in touch on a cadence (Dunbar's layers)",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "interactionCount", "operator": "atLeast", "value": 1},
        {"fact": "daysSinceLastInteraction", "operator": "atLeast", "value": {"fact": "cadence.maximumDays"}}
      ]},
      "action": "Reach out to {name} now: {days} days without contact, past the {cadence.maximumDays}-day limit for {tier}.",
      "priority": 75,
      "cooldownDays": 7,
      "logAs": "message"
    },
    {
      "id": "check-in-after-introduction",
      "title": "Check in after an introduction",
      "description": "Some days after you introduced two people, ask how it went.",
      "idea": "Close the loop on introductions",
      "appliesTo": "pair",
      "generator": "introductionCheckIn",
      "conditions": {"all": [
        {"fact": "daysSinceIntroduced", "operator": "atLeast", "value": 7}
      ]},
      "action": "Ask {name} and {other} how the introduction went ({days} days ago: {why}).",
      "priority": 65,
      "cooldownDays": 14,
      "logAs": "follow-up"
    },
    {
      "id": "check-in-after-recommendation",
      "title": "Check in after a recommendation",
      "description": "Some days after you recommended someone or something, ask how it went.",
      "idea": "Close the loop on introductions",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "daysSinceLastRecommendation", "operator": "atLeast", "value": 7},
        {"fact": "followUpSinceRecommendation", "operator": "equals", "value": false}
      ]},
      "action": "Ask {name} how your recommendation worked out.",
      "priority": 62,
      "cooldownDays": 14,
      "logAs": "follow-up"
    },
    {
      "id": "keep-your-promise",
      "title": "Keep your promise",
      "description": "You promised something and it is still open; oldest first.",
      "idea": "Do what you said you would",
      "appliesTo": "contact",
      "generator": "eachOpenPromise",
      "conditions": {"all": []},
      "action": "Keep your promise to {name}: {promise} (promised {ago}).",
      "priority": 85,
      "cooldownDays": 3,
      "logAs": "follow-up"
    },
    {
      "id": "ask-for-help",
      "title": "Ask for help",
      "description": "One of your own needs matches what a contact solves.",
      "idea": "Everyone knows someone: ask for help",
      "appliesTo": "me",
      "generator": "myNeedSolver",
      "conditions": {"all": []},
      "action": "Ask {name} for help with {need} ({name} {offer}).",
      "priority": 45,
      "cooldownDays": 30,
      "limit": 2,
      "logAs": "message"
    },
    {
      "id": "ask-who-they-know",
      "title": "Ask who they know",
      "description": "Nobody you know solves an open need, but a contact works in a nearby field.",
      "idea": "Everyone knows someone",
      "appliesTo": "pair",
      "generator": "nearbyField",
      "conditions": {"all": []},
      "action": "Ask {other}, who {field}, whether they know someone who can help {name} with {need}.",
      "priority": 35,
      "cooldownDays": 30,
      "limit": 1,
      "logAs": "message"
    },
    {
      "id": "birthday",
      "title": "Birthday coming up",
      "description": "A contact's birthday is in the next few days.",
      "idea": "Small gestures keep ties warm",
      "appliesTo": "contact",
      "conditions": {"all": [
        {"fact": "daysUntilBirthday", "operator": "atMost", "value": 3}
      ]},
      "action": "Wish {name} a happy birthday ({birthday}, in {daysUntilBirthday} days).",
      "priority": 70,
      "cooldownDays": 300,
      "logAs": "message"
    }
  ]
}
"""#
}
