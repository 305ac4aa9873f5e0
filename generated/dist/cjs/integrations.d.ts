/** Every integration the API names, by slug. */
export type Integration = 'activecampaign' | 'adobemarketoengage' | 'airtable' | 'avalaraavatax' | 'bigpanda' | 'blackline' | 'canva' | 'ciscomeraki' | 'clickup' | 'crowdstrike' | 'databricks' | 'datadog' | 'domo' | 'drivewealth' | 'filescom' | 'fivetran' | 'freshcaller' | 'freshdesk' | 'freshservice' | 'gitlab' | 'googleworkspace' | 'hubspot' | 'jfrog' | 'junipermist' | 'knowbe4' | 'looker' | 'okta' | 'opsgenie' | 'paralus' | 'pipedrive' | 'pipeliner' | 'powerbi' | 'salesforce' | 'salesloft' | 'smartsheet' | 'snyk' | 'solarwindsservicedesk' | 'surveysparrow' | 'tableau' | 'teamworkdesk' | 'torii' | 'trello' | 'vanta' | 'vercel' | 'webex' | 'wordpress';
/** The display name of every integration, by slug. */
export declare const integrations: {
    readonly activecampaign: {
        readonly name: "ActiveCampaign";
    };
    readonly adobemarketoengage: {
        readonly name: "Adobe Marketo Engage";
    };
    readonly airtable: {
        readonly name: "Airtable";
    };
    readonly avalaraavatax: {
        readonly name: "Avalara AvaTax";
    };
    readonly bigpanda: {
        readonly name: "BigPanda";
    };
    readonly blackline: {
        readonly name: "BlackLine";
    };
    readonly canva: {
        readonly name: "Canva";
    };
    readonly ciscomeraki: {
        readonly name: "Cisco Meraki";
    };
    readonly clickup: {
        readonly name: "ClickUp";
    };
    readonly crowdstrike: {
        readonly name: "CrowdStrike";
    };
    readonly databricks: {
        readonly name: "Databricks";
    };
    readonly datadog: {
        readonly name: "Datadog";
    };
    readonly domo: {
        readonly name: "Domo";
    };
    readonly drivewealth: {
        readonly name: "Drive Wealth";
    };
    readonly filescom: {
        readonly name: "Files.com";
    };
    readonly fivetran: {
        readonly name: "Fivetran";
    };
    readonly freshcaller: {
        readonly name: "Freshcaller";
    };
    readonly freshdesk: {
        readonly name: "Freshdesk";
    };
    readonly freshservice: {
        readonly name: "Freshservice";
    };
    readonly gitlab: {
        readonly name: "GitLab";
    };
    readonly googleworkspace: {
        readonly name: "Google Workspace";
    };
    readonly hubspot: {
        readonly name: "HubSpot";
    };
    readonly jfrog: {
        readonly name: "JFrog";
    };
    readonly junipermist: {
        readonly name: "juniper-mist";
    };
    readonly knowbe4: {
        readonly name: "KnowBe4";
    };
    readonly looker: {
        readonly name: "Looker";
    };
    readonly okta: {
        readonly name: "Okta";
    };
    readonly opsgenie: {
        readonly name: "Opsgenie";
    };
    readonly paralus: {
        readonly name: "Paralus";
    };
    readonly pipedrive: {
        readonly name: "Pipedrive";
    };
    readonly pipeliner: {
        readonly name: "Pipeliner";
    };
    readonly powerbi: {
        readonly name: "Power BI";
    };
    readonly salesforce: {
        readonly name: "Salesforce";
    };
    readonly salesloft: {
        readonly name: "Salesloft";
    };
    readonly smartsheet: {
        readonly name: "Smartsheet";
    };
    readonly snyk: {
        readonly name: "Snyk";
    };
    readonly solarwindsservicedesk: {
        readonly name: "SolarWinds Service Desk";
    };
    readonly surveysparrow: {
        readonly name: "SurveySparrow";
    };
    readonly tableau: {
        readonly name: "Tableau";
    };
    readonly teamworkdesk: {
        readonly name: "Teamwork Desk";
    };
    readonly torii: {
        readonly name: "Torii";
    };
    readonly trello: {
        readonly name: "Trello";
    };
    readonly vanta: {
        readonly name: "Vanta";
    };
    readonly vercel: {
        readonly name: "Vercel";
    };
    readonly webex: {
        readonly name: "Webex";
    };
    readonly wordpress: {
        readonly name: "WordPress";
    };
};
//# sourceMappingURL=integrations.d.ts.map
