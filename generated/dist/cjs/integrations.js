"use strict";
// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
Object.defineProperty(exports, "__esModule", { value: true });
exports.integrations = void 0;
/** The display name of every integration, by slug. */
exports.integrations = {
    activecampaign: {
        name: 'ActiveCampaign',
    },
    adobemarketoengage: {
        name: 'Adobe Marketo Engage',
    },
    airtable: {
        name: 'Airtable',
    },
    avalaraavatax: {
        name: 'Avalara AvaTax',
    },
    bigpanda: {
        name: 'BigPanda',
    },
    blackline: {
        name: 'BlackLine',
    },
    canva: {
        name: 'Canva',
    },
    ciscomeraki: {
        name: 'Cisco Meraki',
    },
    clickup: {
        name: 'ClickUp',
    },
    crowdstrike: {
        name: 'CrowdStrike',
    },
    databricks: {
        name: 'Databricks',
    },
    datadog: {
        name: 'Datadog',
    },
    domo: {
        name: 'Domo',
    },
    drivewealth: {
        name: 'Drive Wealth',
    },
    filescom: {
        name: 'Files.com',
    },
    fivetran: {
        name: 'Fivetran',
    },
    freshcaller: {
        name: 'Freshcaller',
    },
    freshdesk: {
        name: 'Freshdesk',
    },
    freshservice: {
        name: 'Freshservice',
    },
    gitlab: {
        name: 'GitLab',
    },
    googleworkspace: {
        name: 'Google Workspace',
    },
    hubspot: {
        name: 'HubSpot',
    },
    jfrog: {
        name: 'JFrog',
    },
    junipermist: {
        name: 'juniper-mist',
    },
    knowbe4: {
        name: 'KnowBe4',
    },
    looker: {
        name: 'Looker',
    },
    okta: {
        name: 'Okta',
    },
    opsgenie: {
        name: 'Opsgenie',
    },
    paralus: {
        name: 'Paralus',
    },
    pipedrive: {
        name: 'Pipedrive',
    },
    pipeliner: {
        name: 'Pipeliner',
    },
    powerbi: {
        name: 'Power BI',
    },
    salesforce: {
        name: 'Salesforce',
    },
    salesloft: {
        name: 'Salesloft',
    },
    smartsheet: {
        name: 'Smartsheet',
    },
    snyk: {
        name: 'Snyk',
    },
    solarwindsservicedesk: {
        name: 'SolarWinds Service Desk',
    },
    surveysparrow: {
        name: 'SurveySparrow',
    },
    tableau: {
        name: 'Tableau',
    },
    teamworkdesk: {
        name: 'Teamwork Desk',
    },
    torii: {
        name: 'Torii',
    },
    trello: {
        name: 'Trello',
    },
    vanta: {
        name: 'Vanta',
    },
    vercel: {
        name: 'Vercel',
    },
    webex: {
        name: 'Webex',
    },
    wordpress: {
        name: 'WordPress',
    },
};
