const api = {
  dialect: "draft-07",
  securitySchemes: {
    "bearerAuth": {
      "type": "bearer"
    },
    "oauth2": {
      "type": "bearer"
    }
  },
  routes: [
    {
      "handlerName": "listJobs",
      "method": "GET",
      "url": "/jobs",
      "path": "/jobs",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "status": {
              "$ref": "openapi://spec#/components/schemas/JobStatus"
            },
            "cluster_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            },
            "user_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/JobList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "createJob",
      "method": "POST",
      "url": "/jobs",
      "path": "/jobs",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "headers": {
          "type": "object",
          "properties": {
            "idempotency-key": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          }
        },
        "body": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "openapi://spec#/components/schemas/JobCreate"
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "fileFields": [],
        "pathFields": [],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "201": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Job"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "422": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getJob",
      "method": "GET",
      "url": "/jobs/:job_id",
      "path": "/jobs/{job_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "job_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "job_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Job"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "deleteJob",
      "method": "DELETE",
      "url": "/jobs/:job_id",
      "path": "/jobs/{job_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "job_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "job_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "204": [],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "updateJob",
      "method": "PATCH",
      "url": "/jobs/:job_id",
      "path": "/jobs/{job_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "job_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "job_id"
          ]
        },
        "body": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "openapi://spec#/components/schemas/JobUpdate"
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "fileFields": [],
        "pathFields": [],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Job"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getJobOutput",
      "method": "GET",
      "url": "/jobs/:job_id/output",
      "path": "/jobs/{job_id}/output",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "job_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "job_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "text/plain",
            "kind": "text"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getJobLogs",
      "method": "GET",
      "url": "/jobs/:job_id/logs",
      "path": "/jobs/{job_id}/logs",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "job_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "job_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "tail": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1e4
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "text/plain",
            "kind": "text"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listClusters",
      "method": "GET",
      "url": "/clusters",
      "path": "/clusters",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "type": {
              "$ref": "openapi://spec#/components/schemas/ClusterType"
            },
            "status": {
              "$ref": "openapi://spec#/components/schemas/ClusterStatus"
            },
            "provider": {
              "$ref": "openapi://spec#/components/schemas/CloudProvider"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "clusters:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/ClusterList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getCluster",
      "method": "GET",
      "url": "/clusters/:cluster_id",
      "path": "/clusters/{cluster_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "cluster_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "cluster_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "clusters:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Cluster"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getClusterUsage",
      "method": "GET",
      "url": "/clusters/:cluster_id/usage",
      "path": "/clusters/{cluster_id}/usage",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "cluster_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "cluster_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "start_date": {
              "type": "string",
              "format": "date"
            },
            "end_date": {
              "type": "string",
              "format": "date"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "clusters:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/ClusterUsage"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listClusterNodes",
      "method": "GET",
      "url": "/clusters/:cluster_id/nodes",
      "path": "/clusters/{cluster_id}/nodes",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "cluster_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "cluster_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "status": {
              "$ref": "openapi://spec#/components/schemas/NodeStatus"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "clusters:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/NodeList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listFiles",
      "method": "GET",
      "url": "/storage/files",
      "path": "/storage/files",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "path": {
              "type": "string",
              "pattern": "^/",
              "maxLength": 4096
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "storage:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/StorageFileList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "uploadFile",
      "method": "POST",
      "url": "/storage/files",
      "path": "/storage/files",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "headers": {
          "type": "object",
          "properties": {
            "idempotency-key": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          }
        },
        "body": {
          "content": {
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "properties": {
                  "path": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 4096,
                    "pattern": "^/"
                  },
                  "overwrite": {
                    "type": "boolean",
                    "default": false
                  }
                },
                "required": [
                  "path"
                ],
                "x-coerce": true
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart"
          }
        ],
        "fileFields": [
          {
            "name": "file",
            "array": false,
            "required": true
          }
        ],
        "pathFields": [
          "path"
        ],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "storage:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "201": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/StorageFile"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "422": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getFileMetadata",
      "method": "GET",
      "url": "/storage/files/:file_id",
      "path": "/storage/files/{file_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "file_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "file_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "storage:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/StorageFile"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "deleteFile",
      "method": "DELETE",
      "url": "/storage/files/:file_id",
      "path": "/storage/files/{file_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "file_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "file_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "storage:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "204": [],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "downloadFile",
      "method": "GET",
      "url": "/storage/files/:file_id/download",
      "path": "/storage/files/{file_id}/download",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "file_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "file_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "storage:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/octet-stream",
            "kind": "binary"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listTeams",
      "method": "GET",
      "url": "/teams",
      "path": "/teams",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "teams:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/TeamList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getTeam",
      "method": "GET",
      "url": "/teams/:team_id",
      "path": "/teams/{team_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "team_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "team_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "teams:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Team"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listTeamMembers",
      "method": "GET",
      "url": "/teams/:team_id/members",
      "path": "/teams/{team_id}/members",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "team_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "team_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "role": {
              "$ref": "openapi://spec#/components/schemas/TeamRole"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "teams:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/TeamMemberList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "addTeamMember",
      "method": "POST",
      "url": "/teams/:team_id/members",
      "path": "/teams/{team_id}/members",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "team_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "team_id"
          ]
        },
        "headers": {
          "type": "object",
          "properties": {
            "idempotency-key": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          }
        },
        "body": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "openapi://spec#/components/schemas/TeamMemberAdd"
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "fileFields": [],
        "pathFields": [],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "teams:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "201": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/TeamMember"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "422": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "removeTeamMember",
      "method": "DELETE",
      "url": "/teams/:team_id/members/:user_id",
      "path": "/teams/{team_id}/members/{user_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "team_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            },
            "user_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "team_id",
            "user_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "teams:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "204": [],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getCurrentUser",
      "method": "GET",
      "url": "/users/me",
      "path": "/users/me",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {},
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "users:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/User"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "updateCurrentUser",
      "method": "PATCH",
      "url": "/users/me",
      "path": "/users/me",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "body": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "openapi://spec#/components/schemas/UserUpdate"
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "fileFields": [],
        "pathFields": [],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "users:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/User"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listUserJobs",
      "method": "GET",
      "url": "/users/:user_id/jobs",
      "path": "/users/{user_id}/jobs",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "user_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "user_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "status": {
              "$ref": "openapi://spec#/components/schemas/JobStatus"
            },
            "cluster_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "jobs:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/JobList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getUsageSummary",
      "method": "GET",
      "url": "/billing/usage",
      "path": "/billing/usage",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "start_date": {
              "type": "string",
              "format": "date"
            },
            "end_date": {
              "type": "string",
              "format": "date"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "billing:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/UsageSummary"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listInvoices",
      "method": "GET",
      "url": "/billing/invoices",
      "path": "/billing/invoices",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "status": {
              "$ref": "openapi://spec#/components/schemas/InvoiceStatus"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "billing:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/InvoiceList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getInvoice",
      "method": "GET",
      "url": "/billing/invoices/:invoice_id",
      "path": "/billing/invoices/{invoice_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "invoice_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "invoice_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "billing:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Invoice"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getJobMetrics",
      "method": "GET",
      "url": "/monitoring/jobs/:job_id/metrics",
      "path": "/monitoring/jobs/{job_id}/metrics",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "job_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "job_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "start": {
              "type": "string",
              "format": "date-time"
            },
            "end": {
              "type": "string",
              "format": "date-time"
            },
            "step": {
              "type": "string",
              "pattern": "^[1-9][0-9]*[smhd]$",
              "default": "60s"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "monitoring:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/JobMetrics"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "getClusterMetrics",
      "method": "GET",
      "url": "/monitoring/clusters/:cluster_id/metrics",
      "path": "/monitoring/clusters/{cluster_id}/metrics",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "cluster_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "cluster_id"
          ]
        },
        "querystring": {
          "type": "object",
          "properties": {
            "start": {
              "type": "string",
              "format": "date-time"
            },
            "end": {
              "type": "string",
              "format": "date-time"
            },
            "step": {
              "type": "string",
              "pattern": "^[1-9][0-9]*[smhd]$",
              "default": "60s"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "monitoring:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/ClusterMetrics"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "listWebhooks",
      "method": "GET",
      "url": "/webhooks",
      "path": "/webhooks",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "querystring": {
          "type": "object",
          "properties": {
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "offset": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "sort": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at",
                "updated_at",
                "-updated_at",
                "name",
                "-name"
              ]
            },
            "created_after": {
              "type": "string",
              "format": "date-time"
            },
            "created_before": {
              "type": "string",
              "format": "date-time"
            },
            "updated_after": {
              "type": "string",
              "format": "date-time"
            },
            "updated_before": {
              "type": "string",
              "format": "date-time"
            },
            "active": {
              "type": "boolean"
            }
          }
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "webhooks:read"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/WebhookList"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "createWebhook",
      "method": "POST",
      "url": "/webhooks",
      "path": "/webhooks",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "headers": {
          "type": "object",
          "properties": {
            "idempotency-key": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          }
        },
        "body": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "openapi://spec#/components/schemas/Webhook"
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "fileFields": [],
        "pathFields": [],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "webhooks:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "201": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Webhook"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "422": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "deleteWebhook",
      "method": "DELETE",
      "url": "/webhooks/:webhook_id",
      "path": "/webhooks/{webhook_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "webhook_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "webhook_id"
          ]
        }
      },
      "body": null,
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "webhooks:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "204": [],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    },
    {
      "handlerName": "updateWebhook",
      "method": "PATCH",
      "url": "/webhooks/:webhook_id",
      "path": "/webhooks/{webhook_id}",
      "renamedParams": {},
      "commaQuery": [],
      "schema": {
        "params": {
          "type": "object",
          "properties": {
            "webhook_id": {
              "$ref": "openapi://spec#/components/schemas/ResourceId"
            }
          },
          "required": [
            "webhook_id"
          ]
        },
        "body": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "openapi://spec#/components/schemas/WebhookUpdate"
              }
            }
          }
        }
      },
      "body": {
        "required": true,
        "media": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "fileFields": [],
        "pathFields": [],
        "anyFileField": false
      },
      "security": [
        [
          {
            "scheme": "bearerAuth",
            "scopes": []
          }
        ],
        [
          {
            "scheme": "oauth2",
            "scopes": [
              "webhooks:write"
            ]
          }
        ]
      ],
      "anonymous": false,
      "responses": {
        "200": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Webhook"
            }
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "schema": {
              "$ref": "openapi://spec-response#/components/schemas/Error"
            }
          }
        ]
      }
    }
  ],
  sharedSchema: {
    "$id": "openapi://spec",
    "components": {
      "schemas": {
        "JobStatus": {
          "type": "string",
          "enum": [
            "pending",
            "queued",
            "running",
            "completed",
            "failed",
            "cancelled"
          ]
        },
        "ResourceId": {
          "type": "string",
          "minLength": 3,
          "maxLength": 64,
          "pattern": "^[a-z]+_[A-Za-z0-9_-]+$"
        },
        "JobCreate": {
          "type": "object",
          "required": [
            "name",
            "cluster_id",
            "command",
            "resources"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$"
            },
            "cluster_id": {
              "type": "string",
              "minLength": 3,
              "maxLength": 64
            },
            "command": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1e4
            },
            "resources": {
              "$ref": "openapi://spec#/components/schemas/JobResources"
            },
            "environment": {
              "$ref": "openapi://spec#/components/schemas/JobEnvironment"
            },
            "working_directory": {
              "type": "string",
              "maxLength": 4096
            },
            "output_path": {
              "type": "string",
              "maxLength": 4096
            }
          }
        },
        "JobUpdate": {
          "type": "object",
          "minProperties": 1,
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$"
            },
            "status": {
              "type": "string",
              "enum": [
                "cancelled"
              ]
            }
          }
        },
        "ClusterType": {
          "type": "string",
          "enum": [
            "slurm",
            "kubernetes",
            "slurm-on-kubernetes"
          ]
        },
        "ClusterStatus": {
          "type": "string",
          "enum": [
            "preparing",
            "ready",
            "failed",
            "deleting"
          ]
        },
        "CloudProvider": {
          "type": "string",
          "enum": [
            "aws",
            "gcp",
            "azure",
            "on-premises"
          ]
        },
        "NodeStatus": {
          "type": "string",
          "enum": [
            "idle",
            "allocated",
            "mixed",
            "down",
            "drained"
          ]
        },
        "TeamRole": {
          "type": "string",
          "enum": [
            "owner",
            "admin",
            "member",
            "viewer"
          ]
        },
        "TeamMemberAdd": {
          "type": "object",
          "required": [
            "user_id"
          ],
          "properties": {
            "user_id": {
              "type": "string",
              "minLength": 3,
              "maxLength": 64
            },
            "role": {
              "allOf": [
                {
                  "$ref": "openapi://spec#/components/schemas/TeamRole"
                }
              ],
              "default": "member"
            }
          }
        },
        "UserUpdate": {
          "type": "object",
          "minProperties": 1,
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "organization": {
              "type": "string",
              "maxLength": 128
            },
            "timezone": {
              "type": "string",
              "maxLength": 64
            }
          }
        },
        "InvoiceStatus": {
          "type": "string",
          "enum": [
            "draft",
            "open",
            "paid",
            "void",
            "uncollectible"
          ]
        },
        "Webhook": {
          "type": "object",
          "required": [
            "url",
            "events"
          ],
          "properties": {
            "id": false,
            "url": {
              "type": "string",
              "format": "uri",
              "pattern": "^https://",
              "maxLength": 2048
            },
            "description": {
              "type": "string",
              "maxLength": 500
            },
            "events": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "$ref": "openapi://spec#/components/schemas/WebhookEvent"
              }
            },
            "secret": {
              "type": "string",
              "minLength": 16,
              "maxLength": 256
            },
            "active": {
              "type": "boolean",
              "default": true
            },
            "created_at": false,
            "updated_at": false
          }
        },
        "WebhookUpdate": {
          "type": "object",
          "minProperties": 1,
          "properties": {
            "url": {
              "type": "string",
              "format": "uri",
              "pattern": "^https://",
              "maxLength": 2048
            },
            "description": {
              "type": "string",
              "maxLength": 500
            },
            "events": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "$ref": "openapi://spec#/components/schemas/WebhookEvent"
              }
            },
            "secret": {
              "type": "string",
              "minLength": 16,
              "maxLength": 256
            },
            "active": {
              "type": "boolean"
            }
          }
        },
        "JobResources": {
          "type": "object",
          "required": [
            "cpus",
            "memory"
          ],
          "properties": {
            "cpus": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1024
            },
            "memory": {
              "type": "string",
              "pattern": "^[1-9][0-9]*(MB|GB|TB)$"
            },
            "gpus": {
              "type": "integer",
              "minimum": 0,
              "maximum": 64,
              "default": 0
            }
          }
        },
        "JobEnvironment": {
          "type": "object",
          "maxProperties": 256,
          "additionalProperties": {
            "type": "string",
            "maxLength": 4096
          }
        },
        "WebhookEvent": {
          "type": "string",
          "enum": [
            "job.created",
            "job.started",
            "job.completed",
            "job.failed",
            "job.cancelled",
            "cluster.created",
            "cluster.status_changed",
            "cluster.deleted",
            "storage.file_uploaded",
            "storage.file_deleted"
          ]
        }
      }
    }
  },
  responseSchema: {
    "$id": "openapi://spec-response",
    "components": {
      "schemas": {
        "JobList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "jobs"
              ],
              "properties": {
                "jobs": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/Job"
                  }
                }
              }
            }
          ]
        },
        "Error": {
          "type": "object",
          "required": [
            "error",
            "message",
            "request_id"
          ],
          "properties": {
            "error": {
              "$ref": "openapi://spec-response#/components/schemas/ErrorCode"
            },
            "message": {
              "type": "string"
            },
            "details": {
              "$ref": "openapi://spec-response#/components/schemas/ErrorDetails"
            },
            "request_id": {
              "type": "string"
            }
          }
        },
        "Job": {
          "type": "object",
          "required": [
            "id",
            "name",
            "status",
            "cluster_id",
            "user_id",
            "command",
            "resources",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "status": {
              "allOf": [
                {
                  "$ref": "openapi://spec-response#/components/schemas/JobStatus"
                }
              ]
            },
            "cluster_id": {
              "type": "string"
            },
            "user_id": {
              "type": "string"
            },
            "command": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1e4
            },
            "resources": {
              "$ref": "openapi://spec-response#/components/schemas/JobResources"
            },
            "environment": {
              "$ref": "openapi://spec-response#/components/schemas/JobEnvironment"
            },
            "working_directory": {
              "type": "string"
            },
            "output_path": {
              "type": "string"
            },
            "exit_code": {
              "type": [
                "integer",
                "null"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "started_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "completed_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            }
          }
        },
        "ClusterList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "clusters"
              ],
              "properties": {
                "clusters": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/Cluster"
                  }
                }
              }
            }
          ]
        },
        "Cluster": {
          "type": "object",
          "required": [
            "id",
            "name",
            "type",
            "status",
            "provider",
            "region",
            "node_count",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "description": {
              "type": "string",
              "maxLength": 1e3
            },
            "type": {
              "$ref": "openapi://spec-response#/components/schemas/ClusterType"
            },
            "status": {
              "allOf": [
                {
                  "$ref": "openapi://spec-response#/components/schemas/ClusterStatus"
                }
              ]
            },
            "provider": {
              "$ref": "openapi://spec-response#/components/schemas/CloudProvider"
            },
            "region": {
              "type": "string"
            },
            "node_count": {
              "type": "integer",
              "minimum": 0
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "ClusterUsage": {
          "type": "object",
          "required": [
            "cluster_id",
            "period_start",
            "period_end",
            "cpu_hours",
            "gpu_hours",
            "memory_gb_hours",
            "jobs_completed",
            "jobs_failed",
            "cost"
          ],
          "properties": {
            "cluster_id": {
              "type": "string"
            },
            "period_start": {
              "type": "string",
              "format": "date-time"
            },
            "period_end": {
              "type": "string",
              "format": "date-time"
            },
            "cpu_hours": {
              "type": "number",
              "minimum": 0
            },
            "gpu_hours": {
              "type": "number",
              "minimum": 0
            },
            "memory_gb_hours": {
              "type": "number",
              "minimum": 0
            },
            "jobs_completed": {
              "type": "integer",
              "minimum": 0
            },
            "jobs_failed": {
              "type": "integer",
              "minimum": 0
            },
            "cost": {
              "$ref": "openapi://spec-response#/components/schemas/Money"
            }
          }
        },
        "NodeList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "nodes"
              ],
              "properties": {
                "nodes": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/Node"
                  }
                }
              }
            }
          ]
        },
        "StorageFileList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "files"
              ],
              "properties": {
                "files": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/StorageFile"
                  }
                }
              }
            }
          ]
        },
        "StorageFile": {
          "type": "object",
          "required": [
            "id",
            "name",
            "path",
            "size",
            "content_type",
            "checksum",
            "owner_id",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "path": {
              "type": "string"
            },
            "size": {
              "type": "integer",
              "format": "int64",
              "minimum": 0
            },
            "content_type": {
              "type": "string"
            },
            "checksum": {
              "type": "string",
              "pattern": "^sha256:[0-9a-f]{64}$"
            },
            "owner_id": {
              "type": "string"
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "TeamList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "teams"
              ],
              "properties": {
                "teams": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/Team"
                  }
                }
              }
            }
          ]
        },
        "Team": {
          "type": "object",
          "required": [
            "id",
            "name",
            "member_count",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "description": {
              "type": "string",
              "maxLength": 1e3
            },
            "member_count": {
              "type": "integer",
              "minimum": 0
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "TeamMemberList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "members"
              ],
              "properties": {
                "members": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/TeamMember"
                  }
                }
              }
            }
          ]
        },
        "TeamMember": {
          "type": "object",
          "required": [
            "team_id",
            "user_id",
            "role",
            "name",
            "email",
            "joined_at"
          ],
          "properties": {
            "team_id": {
              "type": "string"
            },
            "user_id": {
              "type": "string"
            },
            "role": {
              "$ref": "openapi://spec-response#/components/schemas/TeamRole"
            },
            "name": {
              "type": "string"
            },
            "email": {
              "type": "string",
              "format": "email"
            },
            "joined_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "User": {
          "type": "object",
          "required": [
            "id",
            "email",
            "name",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "email": {
              "type": "string",
              "format": "email"
            },
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            },
            "organization": {
              "type": "string",
              "maxLength": 128
            },
            "timezone": {
              "type": "string",
              "maxLength": 64
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "UsageSummary": {
          "type": "object",
          "required": [
            "period_start",
            "period_end",
            "total_cost",
            "breakdown"
          ],
          "properties": {
            "period_start": {
              "type": "string",
              "format": "date"
            },
            "period_end": {
              "type": "string",
              "format": "date"
            },
            "total_cost": {
              "$ref": "openapi://spec-response#/components/schemas/Money"
            },
            "breakdown": {
              "type": "array",
              "items": {
                "$ref": "openapi://spec-response#/components/schemas/UsageLine"
              }
            }
          }
        },
        "InvoiceList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "invoices"
              ],
              "properties": {
                "invoices": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/Invoice"
                  }
                }
              }
            }
          ]
        },
        "Invoice": {
          "type": "object",
          "required": [
            "id",
            "number",
            "status",
            "currency",
            "subtotal",
            "tax",
            "total",
            "amount_paid",
            "period_start",
            "period_end",
            "line_items",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "number": {
              "type": "string"
            },
            "status": {
              "$ref": "openapi://spec-response#/components/schemas/InvoiceStatus"
            },
            "currency": {
              "type": "string",
              "pattern": "^[A-Z]{3}$"
            },
            "subtotal": {
              "type": "number",
              "minimum": 0
            },
            "tax": {
              "type": "number",
              "minimum": 0
            },
            "total": {
              "type": "number",
              "minimum": 0
            },
            "amount_paid": {
              "type": "number",
              "minimum": 0
            },
            "period_start": {
              "type": "string",
              "format": "date"
            },
            "period_end": {
              "type": "string",
              "format": "date"
            },
            "due_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "paid_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "line_items": {
              "type": "array",
              "items": {
                "$ref": "openapi://spec-response#/components/schemas/InvoiceLineItem"
              }
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "JobMetrics": {
          "allOf": [
            {
              "type": "object",
              "required": [
                "job_id"
              ],
              "properties": {
                "job_id": {
                  "type": "string"
                }
              }
            },
            {
              "$ref": "openapi://spec-response#/components/schemas/MetricsWindow"
            }
          ]
        },
        "ClusterMetrics": {
          "allOf": [
            {
              "type": "object",
              "required": [
                "cluster_id"
              ],
              "properties": {
                "cluster_id": {
                  "type": "string"
                }
              }
            },
            {
              "$ref": "openapi://spec-response#/components/schemas/MetricsWindow"
            }
          ]
        },
        "WebhookList": {
          "allOf": [
            {
              "$ref": "openapi://spec-response#/components/schemas/PageInfo"
            },
            {
              "type": "object",
              "required": [
                "webhooks"
              ],
              "properties": {
                "webhooks": {
                  "type": "array",
                  "items": {
                    "$ref": "openapi://spec-response#/components/schemas/Webhook"
                  }
                }
              }
            }
          ]
        },
        "Webhook": {
          "type": "object",
          "required": [
            "id",
            "url",
            "events",
            "created_at"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "url": {
              "type": "string",
              "format": "uri",
              "pattern": "^https://",
              "maxLength": 2048
            },
            "description": {
              "type": "string",
              "maxLength": 500
            },
            "events": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "$ref": "openapi://spec-response#/components/schemas/WebhookEvent"
              }
            },
            "active": {
              "type": "boolean",
              "default": true
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "PageInfo": {
          "type": "object",
          "required": [
            "total",
            "page",
            "per_page"
          ],
          "properties": {
            "total": {
              "type": "integer",
              "minimum": 0
            },
            "page": {
              "type": "integer",
              "minimum": 1
            },
            "per_page": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          }
        },
        "ErrorCode": {
          "type": "string",
          "enum": [
            "validation_error",
            "authentication_failed",
            "permission_denied",
            "resource_not_found",
            "request_timeout",
            "rate_limit_exceeded",
            "internal_error",
            "not_implemented",
            "service_unavailable"
          ]
        },
        "ErrorDetails": {
          "type": "object",
          "properties": {
            "field": {
              "type": "string"
            },
            "code": {
              "type": "string"
            }
          }
        },
        "JobStatus": {
          "type": "string",
          "enum": [
            "pending",
            "queued",
            "running",
            "completed",
            "failed",
            "cancelled"
          ]
        },
        "JobResources": {
          "type": "object",
          "required": [
            "cpus",
            "memory"
          ],
          "properties": {
            "cpus": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1024
            },
            "memory": {
              "type": "string",
              "pattern": "^[1-9][0-9]*(MB|GB|TB)$"
            },
            "gpus": {
              "type": "integer",
              "minimum": 0,
              "maximum": 64,
              "default": 0
            }
          }
        },
        "JobEnvironment": {
          "type": "object",
          "maxProperties": 256,
          "additionalProperties": {
            "type": "string",
            "maxLength": 4096
          }
        },
        "ClusterType": {
          "type": "string",
          "enum": [
            "slurm",
            "kubernetes",
            "slurm-on-kubernetes"
          ]
        },
        "ClusterStatus": {
          "type": "string",
          "enum": [
            "preparing",
            "ready",
            "failed",
            "deleting"
          ]
        },
        "CloudProvider": {
          "type": "string",
          "enum": [
            "aws",
            "gcp",
            "azure",
            "on-premises"
          ]
        },
        "Money": {
          "type": "object",
          "required": [
            "amount",
            "currency"
          ],
          "properties": {
            "amount": {
              "type": "number",
              "format": "double",
              "minimum": 0
            },
            "currency": {
              "type": "string",
              "pattern": "^[A-Z]{3}$"
            }
          }
        },
        "Node": {
          "type": "object",
          "required": [
            "id",
            "cluster_id",
            "name",
            "status",
            "cpus",
            "memory",
            "gpus"
          ],
          "properties": {
            "id": {
              "type": "string"
            },
            "cluster_id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "status": {
              "$ref": "openapi://spec-response#/components/schemas/NodeStatus"
            },
            "partition": {
              "type": "string"
            },
            "cpus": {
              "type": "integer",
              "minimum": 1
            },
            "memory": {
              "type": "string",
              "pattern": "^[1-9][0-9]*(MB|GB|TB)$"
            },
            "gpus": {
              "type": "integer",
              "minimum": 0
            },
            "cpus_allocated": {
              "type": "integer",
              "minimum": 0
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        },
        "TeamRole": {
          "type": "string",
          "enum": [
            "owner",
            "admin",
            "member",
            "viewer"
          ]
        },
        "UsageLine": {
          "type": "object",
          "required": [
            "category",
            "quantity",
            "unit",
            "cost"
          ],
          "properties": {
            "category": {
              "$ref": "openapi://spec-response#/components/schemas/UsageCategory"
            },
            "quantity": {
              "type": "number",
              "minimum": 0
            },
            "unit": {
              "type": "string"
            },
            "cost": {
              "$ref": "openapi://spec-response#/components/schemas/Money"
            }
          }
        },
        "InvoiceStatus": {
          "type": "string",
          "enum": [
            "draft",
            "open",
            "paid",
            "void",
            "uncollectible"
          ]
        },
        "InvoiceLineItem": {
          "type": "object",
          "required": [
            "description",
            "category",
            "quantity",
            "unit_price",
            "amount"
          ],
          "properties": {
            "description": {
              "type": "string"
            },
            "category": {
              "$ref": "openapi://spec-response#/components/schemas/UsageCategory"
            },
            "quantity": {
              "type": "number",
              "minimum": 0
            },
            "unit_price": {
              "type": "number",
              "minimum": 0
            },
            "amount": {
              "type": "number",
              "minimum": 0
            }
          }
        },
        "MetricsWindow": {
          "type": "object",
          "required": [
            "start",
            "end",
            "step",
            "series"
          ],
          "properties": {
            "start": {
              "type": "string",
              "format": "date-time"
            },
            "end": {
              "type": "string",
              "format": "date-time"
            },
            "step": {
              "type": "string",
              "pattern": "^[1-9][0-9]*[smhd]$"
            },
            "series": {
              "type": "array",
              "items": {
                "$ref": "openapi://spec-response#/components/schemas/MetricSeries"
              }
            }
          }
        },
        "WebhookEvent": {
          "type": "string",
          "enum": [
            "job.created",
            "job.started",
            "job.completed",
            "job.failed",
            "job.cancelled",
            "cluster.created",
            "cluster.status_changed",
            "cluster.deleted",
            "storage.file_uploaded",
            "storage.file_deleted"
          ]
        },
        "NodeStatus": {
          "type": "string",
          "enum": [
            "idle",
            "allocated",
            "mixed",
            "down",
            "drained"
          ]
        },
        "UsageCategory": {
          "type": "string",
          "enum": [
            "compute",
            "gpu",
            "storage",
            "network",
            "support"
          ]
        },
        "MetricSeries": {
          "type": "object",
          "required": [
            "metric",
            "unit",
            "points"
          ],
          "properties": {
            "metric": {
              "type": "string"
            },
            "unit": {
              "type": "string",
              "enum": [
                "percent",
                "bytes",
                "bytes_per_second",
                "count",
                "watts"
              ]
            },
            "points": {
              "type": "array",
              "items": {
                "$ref": "openapi://spec-response#/components/schemas/MetricPoint"
              }
            }
          }
        },
        "MetricPoint": {
          "type": "object",
          "required": [
            "timestamp",
            "value"
          ],
          "properties": {
            "timestamp": {
              "type": "string",
              "format": "date-time"
            },
            "value": {
              "type": "number",
              "format": "double"
            }
          }
        }
      }
    }
  },
  errorCodes: [
    "validation_error",
    "authentication_failed",
    "permission_denied",
    "resource_not_found",
    "request_timeout",
    "rate_limit_exceeded",
    "internal_error",
    "not_implemented",
    "service_unavailable"
  ]
};
export {
  api
};
