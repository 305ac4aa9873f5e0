// Generated from openapi.json by the unified API generator. Do not edit: regenerate.
export {};
