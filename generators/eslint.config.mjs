import baseConfig from "../eslint.config.mjs";

export default [
    ...baseConfig,
    {
        files: [
            "**/*.json"
        ],
        rules: {
            "@nx/dependency-checks": [
                "error",
                {
                    ignoredFiles: [
                        "{projectRoot}/eslint.config.{js,cjs,mjs,ts,cts,mts}",
                        // Test helpers (real compilers, temp workspaces) are not part of the plugin at runtime.
                        "{projectRoot}/src/testing/**",
                        "{projectRoot}/src/**/*.spec.ts"
                    ]
                }
            ]
        },
        languageOptions: {
            parser: await import("jsonc-eslint-parser")
        }
    },
    {
        files: [
            "**/package.json"
        ],
        rules: {
            "@nx/nx-plugin-checks": "error"
        },
        languageOptions: {
            parser: await import("jsonc-eslint-parser")
        }
    }
];
