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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        "pathFields": []
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        "pathFields": []
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        ]
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        "pathFields": []
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        "pathFields": []
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        "pathFields": []
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
        "pathFields": []
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
            "kind": "json"
          }
        ],
        "400": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "401": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "403": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "404": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "413": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "429": [
          {
            "mediaType": "application/json",
            "kind": "json"
          }
        ],
        "500": [
          {
            "mediaType": "application/json",
            "kind": "json"
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
  }
};
export {
  api
};
