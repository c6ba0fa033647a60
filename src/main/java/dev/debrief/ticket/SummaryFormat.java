package dev.debrief.ticket;

/** Where a summary will be pasted or posted, which decides its markup and how user text is escaped. */
public enum SummaryFormat {
    /** GitHub- and GitLab-flavoured Markdown. */
    MARKDOWN,
    /** Jira wiki markup (Jira Server and Data Center, and Jira Cloud's REST API v2). */
    JIRA,
    /** Slack mrkdwn. */
    SLACK,
    /** Plain text, for e-mail, ServiceNow, Zendesk or a terminal. */
    TEXT;

    Markup markup() {
        return switch (this) {
            case MARKDOWN -> new Markup.GitHubMarkdown();
            case JIRA -> new Markup.JiraWiki();
            case SLACK -> new Markup.SlackMrkdwn();
            case TEXT -> new Markup.PlainText();
        };
    }
}
